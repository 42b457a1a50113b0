import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import {
  EventName,
  KANDIDAAT_DREMPEL,
  magAlleSignalenZien,
  naamSleutels,
  nietGevonden,
  normaliseerNaam,
  V_NUMMER_PATROON,
  vergelijkPersonen,
  verplichteTekstFouten,
  type Actor,
  type Validatiefout,
} from '@ketenbeeld/domain';
import { DomeinFout, OutboxPublisher, ValidatieFout } from '@ketenbeeld/platform';
import { PersoonEntity } from './persoon.entity';

export const PersoonFoutCode = {
  NIET_GEVONDEN: 'PERSOON_NIET_GEVONDEN',
  NIET_ACTIEF: 'PERSOON_NIET_ACTIEF',
  TWEE_V_NUMMERS: 'PERSOON_TWEE_V_NUMMERS',
  V_NUMMER_BIJ_OPGAAND: 'PERSOON_V_NUMMER_BIJ_OPGAAND',
  SAMENVOEGING_NIET_GEVONDEN: 'SAMENVOEGING_NIET_GEVONDEN',
  AL_GESPLITST: 'SAMENVOEGING_AL_GESPLITST',
  LATERE_SAMENVOEGING: 'SAMENVOEGING_LATER_GEVOLGD',
  HEEFT_V_NUMMER: 'PERSOON_HEEFT_AL_V_NUMMER',
} as const;

export interface Kandidaat {
  persoon: PersoonEntity;
  score: number;
  redenen: string[];
}

export interface SamenvoegingRij {
  id: string;
  behouden_id: string;
  opgaand_id: string;
  reden: string;
  door: string;
  door_organisatie: string;
  op: Date;
  verplaatst: string[];
  samengevallen: string[];
  gesplitst_op: Date | null;
  gesplitst_reden: string | null;
}

function redenVerplicht(reden: string, veld = 'reden'): Validatiefout[] {
  return verplichteTekstFouten(reden, veld, { leeg: 'is verplicht: leg vast waarom' });
}

/** An id argument that is no UUID: refused before it reaches a uuid cast in SQL. */
function uuidFouten(waarde: string, veld: string): Validatiefout[] {
  return z.uuid().safeParse(waarde).success ? [] : [{ veld, reden: 'moet een UUID zijn' }];
}

@Injectable()
export class PersoonService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outbox: OutboxPublisher,
  ) {}

  /**
   * A person, if the caller may see them: national and kernteam roles see everyone; another
   * organisation sees persons on signals it reported. Otherwise null (no existence leak).
   */
  async haal(actor: Actor, id: string): Promise<PersoonEntity | null> {
    if (!z.uuid().safeParse(id).success) return null;
    const q = this.ds.getRepository(PersoonEntity).createQueryBuilder('p').where('p.id = :id', { id });
    if (!magAlleSignalenZien(actor)) {
      q.andWhere(
        `EXISTS (SELECT 1 FROM signaal_persoon sp JOIN signaal s ON s.id = sp.signaal_id
                 WHERE sp.persoon_id = p.id AND s.bron_organisatie = :org)`,
        { org: actor.organisatie },
      );
    }
    return q.getOne();
  }

  /**
   * Search persons by V-nummer (exact), COA number (exact, any case), name or alias (part, without
   * diacritics, or the same name key as in matching). Need-to-know as for one person: national and
   * kernteam roles find everyone, another organisation only persons on signals it reported.
   */
  async zoek(
    actor: Actor,
    zoekterm: string,
    eerste: number,
  ): Promise<{
    treffers: { persoon: PersoonEntity; gevondenOp: string; alias: string | null }[];
    meer: boolean;
  }> {
    const term = (zoekterm ?? '').trim();
    const fouten = [
      ...(term.length < 2 ? [{ veld: 'zoekterm', reden: 'minstens 2 tekens' }] : []),
      ...(term.length > 100 ? [{ veld: 'zoekterm', reden: 'hoogstens 100 tekens' }] : []),
      ...(!Number.isInteger(eerste) || eerste < 1 || eerste > 50
        ? [{ veld: 'eerste', reden: '1 tot en met 50' }]
        : []),
    ];
    if (fouten.length) throw new ValidatieFout(fouten);
    const genormaliseerd = normaliseerNaam(term);
    const rijen = await this.ds.query<{ id: string; gevonden_op: string; alias: string | null }[]>(
      `WITH treffers AS (
         SELECT p.id, 'V_NUMMER' AS gevonden_op, NULL::text AS alias, 0 AS rang FROM persoon p WHERE p.v_nummer = $1
         UNION ALL
         SELECT p.id, 'COA_NUMMER', NULL, 1 FROM persoon p WHERE p.coa_nummer IS NOT NULL AND upper(p.coa_nummer) = upper($1)
         UNION ALL
         SELECT p.id, 'NAAM', NULL, 2 FROM persoon p
           WHERE p.naam IS NOT NULL AND (lower(p.naam) LIKE '%' || lower($2) || '%' OR p.naam_sleutels && $3::text[])
         UNION ALL
         SELECT a.persoon_id, 'ALIAS', a.naam, 3 FROM persoon_alias a WHERE lower(a.naam) LIKE '%' || lower($2) || '%'
       ), beste AS (
         SELECT DISTINCT ON (t.id) t.id, t.gevonden_op, t.alias, t.rang FROM treffers t ORDER BY t.id, t.rang
       )
       SELECT b.id, b.gevonden_op, b.alias FROM beste b JOIN persoon p ON p.id = b.id
       WHERE $4::boolean OR EXISTS (SELECT 1 FROM signaal_persoon sp JOIN signaal s ON s.id = sp.signaal_id
                                    WHERE sp.persoon_id = p.id AND s.bron_organisatie = $5)
       ORDER BY b.rang, (p.status = 'ACTIEF') DESC, p.naam NULLS LAST, p.id
       LIMIT $6`,
      [
        term,
        term.replace(/[%_\\]/g, (c) => `\\${c}`),
        genormaliseerd ? naamSleutels(term) : [],
        magAlleSignalenZien(actor),
        actor.organisatie,
        eerste + 1,
      ],
    );
    const ids = rijen.slice(0, eerste).map((r) => r.id);
    const personen = ids.length
      ? await this.ds
          .getRepository(PersoonEntity)
          .createQueryBuilder('p')
          .where('p.id IN (:...ids)', { ids })
          .getMany()
      : [];
    const perId = new Map(personen.map((p) => [p.id, p]));
    return {
      treffers: rijen
        .slice(0, eerste)
        .map((r) => ({ persoon: perId.get(r.id)!, gevondenOp: r.gevonden_op, alias: r.alias }))
        .filter((t) => t.persoon),
      meer: rijen.length > eerste,
    };
  }

  /** Possible matches for a person, best first, with score and reasons. Only for the kernteam and national roles. */
  async kandidaten(actor: Actor, persoon: PersoonEntity, max = 20): Promise<Kandidaat[]> {
    if (!magAlleSignalenZien(actor) || persoon.status !== 'ACTIEF') return [];
    const voorselectie = await this.ds
      .getRepository(PersoonEntity)
      .createQueryBuilder('p')
      .where(`p.status = 'ACTIEF' AND p.id <> :id`, { id: persoon.id })
      .andWhere(
        `(p.naam_sleutels && :sleutels::text[]
          OR (p.coa_nummer IS NOT NULL AND upper(p.coa_nummer) = upper(:coa))
          OR (p.geboortedatum IS NOT NULL AND p.geboortedatum = :geboortedatum AND p.nationaliteit = :nationaliteit))`,
        {
          sleutels: persoon.naamSleutels ?? [],
          coa: persoon.coaNummer ?? '',
          geboortedatum: persoon.geboortedatum ?? '1900-01-01',
          nationaliteit: persoon.nationaliteit ?? '',
        },
      )
      .limit(500)
      .getMany();
    return voorselectie
      .map((p) => ({ persoon: p, ...vergelijkPersonen(persoon, p) }))
      .filter((k) => k.score >= KANDIDAAT_DREMPEL)
      .sort((a, b) => b.score - a.score)
      .slice(0, max);
  }

  async aliassen(persoonId: string): Promise<{ naam: string; bron: string; toegevoegdOp: Date }[]> {
    const rijen = await this.ds.query<{ naam: string; bron: string; toegevoegd_op: Date }[]>(
      `SELECT naam, bron, toegevoegd_op FROM persoon_alias WHERE persoon_id = $1 ORDER BY toegevoegd_op`,
      [persoonId],
    );
    return rijen.map((r) => ({ naam: r.naam, bron: r.bron, toegevoegdOp: r.toegevoegd_op }));
  }

  async samenvoegingen(persoonId: string): Promise<SamenvoegingRij[]> {
    return this.ds.query<SamenvoegingRij[]>(
      `SELECT * FROM persoon_samenvoeging WHERE behouden_id = $1 OR opgaand_id = $1 ORDER BY op DESC`,
      [persoonId],
    );
  }

  /**
   * Merge `opgaand` into `behouden`: every signal of the merged-away record moves to the kept one,
   * its name becomes an alias, and the record stays (status SAMENGEVOEGD) so the merge can be undone.
   * The person with the V-nummer is the one kept.
   */
  async voegSamen(
    actor: Actor,
    behoudenId: string,
    opgaandId: string,
    reden: string,
  ): Promise<SamenvoegingRij> {
    const fouten = [
      ...uuidFouten(behoudenId, 'behoudenId'),
      ...uuidFouten(opgaandId, 'opgaandId'),
      ...redenVerplicht(reden),
    ];
    if (behoudenId === opgaandId)
      fouten.push({ veld: 'opgaandId', reden: 'moet een andere persoon zijn dan behoudenId' });
    if (fouten.length) throw new ValidatieFout(fouten);
    const id = randomUUID();
    await this.ds.transaction(async (m) => {
      // Lock both records in a fixed order, so concurrent merges cannot deadlock.
      const rijen = await m.query<PersoonRij[]>(
        `SELECT * FROM persoon WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
        [[behoudenId, opgaandId]],
      );
      const behouden = rijen.find((r) => r.id === behoudenId);
      const opgaand = rijen.find((r) => r.id === opgaandId);
      if (!behouden || !opgaand)
        throw new DomeinFout('NIET_GEVONDEN', PersoonFoutCode.NIET_GEVONDEN, 'Persoon niet gevonden', [
          { veld: behouden ? 'opgaandId' : 'behoudenId', reden: 'bestaat niet' },
        ]);
      for (const [veld, p] of [
        ['behoudenId', behouden],
        ['opgaandId', opgaand],
      ] as const) {
        if (p.status !== 'ACTIEF')
          throw new DomeinFout(
            'CONFLICT',
            PersoonFoutCode.NIET_ACTIEF,
            `Persoon ${p.id} is al samengevoegd`,
            [{ veld, reden: 'is al opgegaan in een andere persoon' }],
          );
      }
      if (behouden.v_nummer && opgaand.v_nummer) {
        throw new DomeinFout(
          'CONFLICT',
          PersoonFoutCode.TWEE_V_NUMMERS,
          'Twee geregistreerde personen met elk een V-nummer worden niet samengevoegd',
          [
            {
              veld: 'opgaandId',
              reden: `heeft V-nummer ${opgaand.v_nummer}; behouden heeft ${behouden.v_nummer}`,
            },
          ],
        );
      }
      if (opgaand.v_nummer) {
        throw new DomeinFout(
          'VALIDATIE',
          PersoonFoutCode.V_NUMMER_BIJ_OPGAAND,
          'De persoon met het V-nummer moet de behouden persoon zijn',
          [{ veld: 'behoudenId', reden: 'kies de persoon met het V-nummer als behouden persoon' }],
        );
      }
      const links = await m.query<{ signaal_id: string; beide: boolean }[]>(
        `SELECT sp.signaal_id, EXISTS (SELECT 1 FROM signaal_persoon x WHERE x.signaal_id = sp.signaal_id AND x.persoon_id = $2) AS beide
           FROM signaal_persoon sp WHERE sp.persoon_id = $1`,
        [opgaandId, behoudenId],
      );
      const verplaatst = links.filter((l) => !l.beide).map((l) => l.signaal_id);
      const samengevallen = links.filter((l) => l.beide).map((l) => l.signaal_id);
      await m.query(
        `UPDATE signaal_persoon SET persoon_id = $2 WHERE persoon_id = $1 AND signaal_id = ANY($3::uuid[])`,
        [opgaandId, behoudenId, verplaatst],
      );
      await m.query(`DELETE FROM signaal_persoon WHERE persoon_id = $1 AND signaal_id = ANY($2::uuid[])`, [
        opgaandId,
        samengevallen,
      ]);
      await m.query(`UPDATE persoon SET status = 'SAMENGEVOEGD', samengevoegd_in = $2 WHERE id = $1`, [
        opgaandId,
        behoudenId,
      ]);
      if (opgaand.naam && opgaand.naam !== behouden.naam) {
        await m.query(`INSERT INTO persoon_alias (id, persoon_id, naam, bron) VALUES ($1, $2, $3, $4)`, [
          randomUUID(),
          behoudenId,
          opgaand.naam,
          `samenvoeging:${id}`,
        ]);
      }
      await m.query(
        `INSERT INTO persoon_samenvoeging (id, behouden_id, opgaand_id, reden, door, door_organisatie, verplaatst, samengevallen)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [id, behoudenId, opgaandId, reden.trim(), actor.sub, actor.organisatie, verplaatst, samengevallen],
      );
      await this.outbox.publiceer(m, EventName.PersoonSamengevoegd, {
        samenvoegingId: id,
        behoudenId,
        opgaandId,
        verplaatst,
        samengevallen,
        reden: reden.trim(),
      });
    });
    return this.samenvoeging(id);
  }

  /** Undo a merge: the signals go back exactly as they were, the alias it added goes, the record is active again. */
  async splits(actor: Actor, samenvoegingId: string, reden: string): Promise<SamenvoegingRij> {
    const fouten = [...uuidFouten(samenvoegingId, 'samenvoegingId'), ...redenVerplicht(reden)];
    if (fouten.length) throw new ValidatieFout(fouten);
    await this.ds.transaction(async (m) => {
      const [s] = await m.query<SamenvoegingRij[]>(
        `SELECT * FROM persoon_samenvoeging WHERE id = $1 FOR UPDATE`,
        [samenvoegingId],
      );
      if (!s)
        throw new DomeinFout(
          'NIET_GEVONDEN',
          PersoonFoutCode.SAMENVOEGING_NIET_GEVONDEN,
          nietGevonden('Samenvoeging', samenvoegingId),
          [{ veld: 'samenvoegingId', reden: 'bestaat niet' }],
        );
      if (s.gesplitst_op)
        throw new DomeinFout(
          'CONFLICT',
          PersoonFoutCode.AL_GESPLITST,
          'Deze samenvoeging is al ongedaan gemaakt',
        );
      const [later] = await m.query<{ id: string }[]>(
        `SELECT id FROM persoon_samenvoeging WHERE opgaand_id = $1 AND gesplitst_op IS NULL AND op > $2`,
        [s.behouden_id, s.op],
      );
      if (later) {
        throw new DomeinFout(
          'CONFLICT',
          PersoonFoutCode.LATERE_SAMENVOEGING,
          'De behouden persoon is daarna zelf samengevoegd; splits eerst die samenvoeging',
          [{ veld: 'samenvoegingId', reden: `splits eerst samenvoeging ${later.id}` }],
        );
      }
      await m.query(`SELECT id FROM persoon WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [
        [s.behouden_id, s.opgaand_id],
      ]);
      await m.query(
        `UPDATE signaal_persoon SET persoon_id = $2 WHERE persoon_id = $1 AND signaal_id = ANY($3::uuid[])`,
        [s.behouden_id, s.opgaand_id, s.verplaatst],
      );
      for (const signaalId of s.samengevallen) {
        await m.query(
          `INSERT INTO signaal_persoon (signaal_id, persoon_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
          [signaalId, s.opgaand_id],
        );
      }
      await m.query(`UPDATE persoon SET status = 'ACTIEF', samengevoegd_in = NULL WHERE id = $1`, [
        s.opgaand_id,
      ]);
      await m.query(`DELETE FROM persoon_alias WHERE persoon_id = $1 AND bron = $2`, [
        s.behouden_id,
        `samenvoeging:${s.id}`,
      ]);
      await m.query(
        `UPDATE persoon_samenvoeging SET gesplitst_op = now(), gesplitst_reden = $2, gesplitst_door = $3 WHERE id = $1`,
        [s.id, reden.trim(), actor.sub],
      );
      await this.outbox.publiceer(m, EventName.PersoonGesplitst, {
        samenvoegingId: s.id,
        behoudenId: s.behouden_id,
        opgaandId: s.opgaand_id,
        verplaatst: s.verplaatst,
        samengevallen: s.samengevallen,
        reden: reden.trim(),
      });
    });
    return this.samenvoeging(samenvoegingId);
  }

  /**
   * A provisional identity is registered at I&R: give it its V-nummer. When a person with that
   * V-nummer already exists, the provisional record is merged into it (undo with a split).
   */
  async kenVNummerToe(
    actor: Actor,
    persoonId: string,
    vNummer: string,
    reden: string,
  ): Promise<PersoonEntity> {
    const fouten = [...uuidFouten(persoonId, 'persoonId'), ...redenVerplicht(reden)];
    if (!V_NUMMER_PATROON.test(vNummer ?? ''))
      fouten.push({ veld: 'vNummer', reden: 'V-nummer bestaat uit precies 10 cijfers' });
    if (fouten.length) throw new ValidatieFout(fouten);
    const bestaand = await this.ds.getRepository(PersoonEntity).findOneBy({ vNummer });
    if (bestaand && bestaand.id !== persoonId) {
      await this.voegSamen(actor, bestaand.id, persoonId, `${reden.trim()} (V-nummer ${vNummer} bestond al)`);
      return this.ds.getRepository(PersoonEntity).findOneByOrFail({ id: bestaand.id });
    }
    await this.ds.transaction(async (m: EntityManager) => {
      const [p] = await m.query<PersoonRij[]>(`SELECT * FROM persoon WHERE id = $1 FOR UPDATE`, [persoonId]);
      if (!p)
        throw new DomeinFout('NIET_GEVONDEN', PersoonFoutCode.NIET_GEVONDEN, 'Persoon niet gevonden', [
          { veld: 'persoonId', reden: 'bestaat niet' },
        ]);
      if (p.status !== 'ACTIEF')
        throw new DomeinFout('CONFLICT', PersoonFoutCode.NIET_ACTIEF, 'Persoon is samengevoegd', [
          { veld: 'persoonId', reden: 'is opgegaan in een andere persoon' },
        ]);
      if (p.v_nummer && p.v_nummer !== vNummer)
        throw new DomeinFout(
          'CONFLICT',
          PersoonFoutCode.HEEFT_V_NUMMER,
          `Persoon heeft al V-nummer ${p.v_nummer}`,
          [{ veld: 'vNummer', reden: 'persoon heeft al een ander V-nummer' }],
        );
      await m.query(`UPDATE persoon SET v_nummer = $2 WHERE id = $1`, [persoonId, vNummer]);
      // The reason is kept with who and when (a merge keeps it in persoon_samenvoeging); a repeated
      // call with the same V-nummer records its own.
      await m.query(
        `INSERT INTO v_nummer_toekenning (id, persoon_id, v_nummer, reden, door, door_organisatie)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [randomUUID(), persoonId, vNummer, reden.trim(), actor.sub, actor.organisatie],
      );
    });
    return this.ds.getRepository(PersoonEntity).findOneByOrFail({ id: persoonId });
  }

  async samenvoeging(id: string): Promise<SamenvoegingRij> {
    const [s] = z.uuid().safeParse(id).success
      ? await this.ds.query<SamenvoegingRij[]>(`SELECT * FROM persoon_samenvoeging WHERE id = $1`, [id])
      : [];
    if (!s)
      throw new DomeinFout(
        'NIET_GEVONDEN',
        PersoonFoutCode.SAMENVOEGING_NIET_GEVONDEN,
        nietGevonden('Samenvoeging', id),
        [{ veld: 'id', reden: 'bestaat niet' }],
      );
    return s;
  }
}

interface PersoonRij {
  id: string;
  v_nummer: string | null;
  naam: string | null;
  status: 'ACTIEF' | 'SAMENGEVOEGD';
}
