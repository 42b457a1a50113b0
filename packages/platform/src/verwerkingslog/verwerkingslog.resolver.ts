import { Args, Directive, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Doel, DOEL_LABELS, isBestaandIsoMoment, isDoel, isUuid, Rol, type Dienst } from '@ketenbeeld/domain';
import { Rollen } from '../auth/auth.decorators';
import { DomeinFout, ValidatieFout } from '../errors/domein-fout';
import { huidigeVerwerking, meldBetrokkenen } from './verwerking';

@ObjectType('VerwerkingAttribuut', { description: 'Een dienstspecifiek kenmerk, bijvoorbeeld zsmReferentie' })
@Directive('@shareable')
export class VerwerkingAttribuutType {
  @Field() naam!: string;
  @Field() waarde!: string;
}

@ObjectType('Verwerking', {
  description:
    'Eén verwerking van persoonsgegevens (Logboek dataverwerkingen): wie, wanneer, waarom, welke personen',
})
@Directive('@shareable')
export class VerwerkingType {
  @Field(() => ID, { description: 'Volgnummer binnen het log van de dienst (ook de cursor)' })
  volgnummer!: string;
  @Field({ description: 'W3C trace-id: dezelfde in alle diensten voor één vraag' }) traceId!: string;
  @Field() spanId!: string;
  @Field(() => String, { nullable: true }) ouderSpanId!: string | null;
  @Field() dienst!: string;
  @Field({ description: 'Bijvoorbeeld "query Ketenbeeld {persoon}" of "POST /v1/signalen"' })
  operatie!: string;
  @Field({ description: 'LEZEN of SCHRIJVEN' }) soort!: string;
  @Field({ description: 'ISO-8601' }) start!: string;
  @Field({ description: 'ISO-8601' }) eind!: string;
  @Field({ description: 'OK, FOUT of GEWEIGERD' }) status!: string;
  @Field(() => String, { nullable: true }) foutcode!: string | null;
  @Field({ description: 'Token-subject van wie het deed' }) actor!: string;
  @Field(() => String, { nullable: true }) actorNaam!: string | null;
  @Field() organisatie!: string;
  @Field(() => [String]) rollen!: string[];
  @Field(() => String, { nullable: true, description: 'Opgegeven doel (Ketenbeeld-Doel)' }) doel!:
    string | null;
  @Field(() => String, { nullable: true }) doelLabel!: string | null;
  @Field(() => [ID], { description: 'De personen wier gegevens het betrof' }) personen!: string[];
  @Field(() => [VerwerkingAttribuutType]) attributen!: VerwerkingAttribuutType[];
}

interface Rij {
  volgnummer: string;
  trace_id: string;
  span_id: string;
  ouder_span_id: string | null;
  dienst: string;
  operatie: string;
  soort: string;
  start: Date;
  eind: Date;
  status: string;
  foutcode: string | null;
  actor: string;
  actor_naam: string | null;
  organisatie: string;
  rollen: string[];
  doel: string | null;
  personen: string[];
  attributen: Record<string, string>;
}

/**
 * Each subgraph exposes its own processing log as `<dienst>Verwerkingen` (the log stays with the
 * service that processed, as the Logboek dataverwerkingen standard has it; the console asks all four
 * in one query and joins them by trace id). Only the privacy officer, with purpose privacy supervision
 * or a data subject's request; newest first; this query is itself logged.
 */
export function verwerkingslogResolver(dienst: Dienst) {
  @Resolver(() => VerwerkingType)
  class VerwerkingslogResolver {
    constructor(@InjectDataSource() readonly ds: DataSource) {}

    @Query(() => [VerwerkingType], {
      name: `${dienst}Verwerkingen`,
      nullable: true,
      description: `Het verwerkingslog van ${dienst} (alleen privacy officer)`,
    })
    @Rollen(Rol.PRIVACY_OFFICER)
    async verwerkingen(
      @Args('persoonId', { type: () => ID, nullable: true }) persoonId?: string | null,
      @Args('actor', { type: () => String, nullable: true, description: 'Token-subject' })
      actor?: string | null,
      @Args('van', { type: () => String, nullable: true, description: 'ISO-8601, vanaf' })
      van?: string | null,
      @Args('tot', { type: () => String, nullable: true, description: 'ISO-8601, tot' }) tot?: string | null,
      @Args('voor', {
        type: () => ID,
        nullable: true,
        description: 'Cursor: volgnummer van de laatst getoonde',
      })
      voor?: string | null,
      @Args('eerste', { type: () => Int, defaultValue: 100, description: '1–500' }) eerste = 100,
    ): Promise<VerwerkingType[]> {
      const doel = huidigeVerwerking()?.doel;
      if (doel !== Doel.PRIVACYTOEZICHT && doel !== Doel.RECHTEN_BETROKKENE) {
        throw new DomeinFout(
          'VALIDATIE',
          'DOEL_ONTBREEKT',
          'Het verwerkingslog inzien vraagt doel PRIVACYTOEZICHT of RECHTEN_BETROKKENE',
          [{ veld: 'Ketenbeeld-Doel', reden: 'moet PRIVACYTOEZICHT of RECHTEN_BETROKKENE zijn' }],
        );
      }
      const fouten = [
        ...(persoonId !== null && persoonId !== undefined && !isUuid(persoonId)
          ? [{ veld: 'persoonId', reden: 'moet een UUID zijn' }]
          : []),
        ...(voor !== null && voor !== undefined && !/^\d{1,18}$/.test(voor)
          ? [{ veld: 'voor', reden: 'moet een volgnummer zijn' }]
          : []),
        ...(van !== null && van !== undefined && !isBestaandIsoMoment(van)
          ? [{ veld: 'van', reden: 'moet een bestaand ISO-8601 tijdstip zijn' }]
          : []),
        ...(tot !== null && tot !== undefined && !isBestaandIsoMoment(tot)
          ? [{ veld: 'tot', reden: 'moet een bestaand ISO-8601 tijdstip zijn' }]
          : []),
        ...(!Number.isInteger(eerste) || eerste < 1 || eerste > 500
          ? [{ veld: 'eerste', reden: 'moet tussen 1 en 500 liggen' }]
          : []),
        ...(actor !== null && actor !== undefined && (actor.length === 0 || actor.length > 200)
          ? [{ veld: 'actor', reden: 'moet 1–200 tekens zijn' }]
          : []),
      ];
      if (fouten.length) throw new ValidatieFout(fouten);
      // Both checked above (an existing ISO-8601 moment or date).
      const vanaf = van ? new Date(van) : null;
      const totEnMet = tot ? new Date(tot) : null;
      if (persoonId) meldBetrokkenen(persoonId);
      const rijen = await this.ds.query<Rij[]>(
        `SELECT volgnummer::text, trace_id, span_id, ouder_span_id, dienst, operatie, soort, start, eind, status,
                foutcode, actor, actor_naam, organisatie, rollen, doel, personen::text[] AS personen, attributen
           FROM logboek
          WHERE ($1::uuid IS NULL OR personen @> ARRAY[$1::uuid])
            AND ($2::text IS NULL OR actor = $2)
            AND ($3::timestamptz IS NULL OR start >= $3)
            AND ($4::timestamptz IS NULL OR start < $4)
            AND ($5::bigint IS NULL OR volgnummer < $5)
          ORDER BY logboek.volgnummer DESC
          LIMIT $6`,
        [persoonId ?? null, actor ?? null, vanaf, totEnMet, voor ?? null, eerste],
      );
      // What the log discloses concerns these persons too (the log of the log).
      meldBetrokkenen(...rijen.flatMap((r) => r.personen));
      return rijen.map((r) => ({
        volgnummer: r.volgnummer,
        traceId: r.trace_id,
        spanId: r.span_id,
        ouderSpanId: r.ouder_span_id,
        dienst: r.dienst,
        operatie: r.operatie,
        soort: r.soort,
        start: r.start.toISOString(),
        eind: r.eind.toISOString(),
        status: r.status,
        foutcode: r.foutcode,
        actor: r.actor,
        actorNaam: r.actor_naam,
        organisatie: r.organisatie,
        rollen: r.rollen,
        doel: r.doel,
        doelLabel: r.doel && isDoel(r.doel) ? DOEL_LABELS[r.doel] : null,
        personen: r.personen,
        attributen: Object.entries(r.attributen).map(([naam, waarde]) => ({ naam, waarde: String(waarde) })),
      }));
    }
  }
  return VerwerkingslogResolver;
}
