import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import {
  EventName,
  magAlleSignalenZien,
  magMeldenNamens,
  magSignaalZien,
  naamSleutels,
  signaalInvoerSchema,
  validatiefouten,
  type Actor,
  type PersoonInvoer,
} from '@ketenbeeld/domain';
import { DomeinFout, OutboxPublisher, ValidatieFout } from '@ketenbeeld/platform';
import { PersoonEntity } from '../personen/persoon.entity';
import { SignaalEntity } from './signaal.entity';

export const SignaalFoutCode = {
  DUBBEL: 'SIGNAAL_DUBBEL',
  NAMENS_ANDERE_ORGANISATIE: 'SIGNAAL_NAMENS_ANDERE_ORGANISATIE',
  NIET_GEVONDEN: 'SIGNAAL_NIET_GEVONDEN',
} as const;

@Injectable()
export class SignaalService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outbox: OutboxPublisher,
  ) {}

  /**
   * Register a signal: validate, check the caller may report for the source, resolve persons, store
   * the signal and its SignaalGeregistreerd event in one transaction. Nothing is stored on refusal.
   */
  async registreer(
    actor: Actor,
    ruweInvoer: unknown,
    haken: {
      /** First statement of the transaction (e.g. claiming an idempotency key). */
      voor?: (m: EntityManager) => Promise<void>;
      /** Last statement before commit, with the stored signal. */
      na?: (m: EntityManager, signaal: SignaalEntity) => Promise<void>;
    } = {},
  ): Promise<SignaalEntity> {
    const parsed = signaalInvoerSchema().safeParse(ruweInvoer);
    if (!parsed.success) throw new ValidatieFout(validatiefouten(parsed.error));
    const invoer = parsed.data;
    if (!magMeldenNamens(actor, invoer.bronOrganisatie)) {
      throw new DomeinFout(
        'VERBODEN',
        SignaalFoutCode.NAMENS_ANDERE_ORGANISATIE,
        `${actor.organisatie} mag geen signaal melden namens ${invoer.bronOrganisatie}`,
        [{ veld: 'bronOrganisatie', reden: `moet ${actor.organisatie} zijn (uw organisatie)` }],
      );
    }
    const dubbelVNummer = dubbeleVNummers(invoer.personen);
    if (dubbelVNummer.length) throw new ValidatieFout(dubbelVNummer);

    try {
      return await this.ds.transaction(async (m) => {
        await haken.voor?.(m);
        const personen = [];
        for (const p of invoer.personen) personen.push(await this.persoonVoor(m, p));
        const signaal = m.create(SignaalEntity, {
          id: randomUUID(),
          bronOrganisatie: invoer.bronOrganisatie,
          bronReferentie: invoer.bronReferentie,
          categorie: invoer.categorie,
          omschrijving: invoer.omschrijving,
          tijdstipIncident: new Date(invoer.tijdstipIncident),
          geregistreerdOp: new Date(),
          geregistreerdDoor: actor.sub,
          geregistreerdDoorOrganisatie: actor.organisatie,
          personen,
        });
        await m.save(signaal);
        await this.outbox.publiceer(m, EventName.SignaalGeregistreerd, {
          signaalId: signaal.id,
          bronOrganisatie: signaal.bronOrganisatie,
          bronReferentie: signaal.bronReferentie,
          categorie: signaal.categorie,
          tijdstipIncident: signaal.tijdstipIncident.toISOString(),
          personen: personen.map((p) => ({ persoonId: p.id, vNummer: p.vNummer })),
        });
        await haken.na?.(m, signaal);
        return signaal;
      });
    } catch (e) {
      if ((e as { code?: string; constraint?: string }).constraint === 'signaal_bron_uniek') {
        throw new DomeinFout(
          'CONFLICT',
          SignaalFoutCode.DUBBEL,
          `Er is al een signaal van ${invoer.bronOrganisatie} met referentie '${invoer.bronReferentie}'`,
          [{ veld: 'bronReferentie', reden: 'is al gebruikt voor een eerder signaal van deze bron' }],
        );
      }
      throw e;
    }
  }

  /**
   * Exact V-nummer match, else a new (provisional) person. Name-based matching never merges here: it
   * proposes candidates (PersoonService.kandidaten) for a person to decide on.
   */
  private async persoonVoor(m: EntityManager, p: PersoonInvoer): Promise<PersoonEntity> {
    const velden = {
      naam: p.naam ?? null,
      geboortedatum: p.geboortedatum ?? null,
      geboortejaar: p.geboortejaar ?? (p.geboortedatum ? Number(p.geboortedatum.slice(0, 4)) : null),
      nationaliteit: p.nationaliteit ?? null,
      coaNummer: p.coaNummer ?? null,
      omschrijving: p.omschrijving ?? null,
      naamSleutels: p.naam ? naamSleutels(p.naam) : [],
    };
    if (p.vNummer) {
      await m.query(
        `INSERT INTO persoon (id, v_nummer, naam, geboortedatum, geboortejaar, nationaliteit, coa_nummer, omschrijving, naam_sleutels)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (v_nummer) DO NOTHING`,
        [
          randomUUID(),
          p.vNummer,
          velden.naam,
          velden.geboortedatum,
          velden.geboortejaar,
          velden.nationaliteit,
          velden.coaNummer,
          velden.omschrijving,
          velden.naamSleutels,
        ],
      );
      return m.findOneByOrFail(PersoonEntity, { vNummer: p.vNummer });
    }
    return m.save(
      m.create(PersoonEntity, {
        id: randomUUID(),
        vNummer: null,
        status: 'ACTIEF',
        samengevoegdIn: null,
        ...velden,
      }),
    );
  }

  async lijst(actor: Actor, eerste: number): Promise<SignaalEntity[]> {
    const q = this.ds
      .getRepository(SignaalEntity)
      .createQueryBuilder('s')
      .leftJoinAndSelect('s.personen', 'p')
      .orderBy('s.geregistreerdOp', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .take(Math.min(Math.max(eerste, 1), 500));
    if (!magAlleSignalenZien(actor)) q.where('s.bronOrganisatie = :org', { org: actor.organisatie });
    return q.getMany();
  }

  async haal(actor: Actor, id: string): Promise<SignaalEntity> {
    const s = await this.ds
      .getRepository(SignaalEntity)
      .findOne({ where: { id }, relations: { personen: true } });
    // Absent and not allowed look the same: no existence leak.
    if (!s || !magSignaalZien(actor, s)) {
      throw new DomeinFout('NIET_GEVONDEN', SignaalFoutCode.NIET_GEVONDEN, `Signaal ${id} niet gevonden`);
    }
    return s;
  }

  async vanPersoon(actor: Actor, persoonId: string): Promise<SignaalEntity[]> {
    const q = this.ds
      .getRepository(SignaalEntity)
      .createQueryBuilder('s')
      .innerJoin('signaal_persoon', 'sp', 'sp.signaal_id = s.id AND sp.persoon_id = :persoonId', {
        persoonId,
      })
      .orderBy('s.tijdstipIncident', 'DESC');
    if (!magAlleSignalenZien(actor)) q.andWhere('s.bronOrganisatie = :org', { org: actor.organisatie });
    return q.getMany();
  }
}

function dubbeleVNummers(personen: readonly PersoonInvoer[]) {
  const gezien = new Map<string, number>();
  return personen.flatMap((p, i) => {
    if (!p.vNummer) return [];
    if (gezien.has(p.vNummer)) {
      return [{ veld: `personen.${i}.vNummer`, reden: `staat al op positie ${gezien.get(p.vNummer)}` }];
    }
    gezien.set(p.vNummer, i);
    return [];
  });
}
