import { formatDatum, locatieNaam as locatieNaamUitCode } from '../../app/opmaak';
import { pad } from '../../app/router';
import { spoorKort } from '../casusregie/labels';
import { formatKloktijd } from '../planning/datum';
import { prioriteitLabel, vensterLabel } from '../planning/labels';
import { PlaatsingStatus, RisicoLabel, spelingTekst } from '../planning/onderdelen';
import type { ProcedurePlan } from '../planning/procedurePlan.graphql';
import { bronInhuisregistratie, bronPlaatsingen, bronProcedureplannen } from './ketenbeeld';
import { aantalTekst, CompacteTabel, Ketenblok, type BlokStaat } from './Ketenblok';
import type { Ketenbeeld } from './persoon.graphql';

type Fout = string | undefined;

function staatVan(fout: Fout, opnieuw: () => unknown, leeg: boolean, leegTekst: string): BlokStaat {
  if (fout) return { soort: 'fout', melding: fout, opnieuw };
  if (leeg) return { soort: 'leeg', tekst: leegTekst };
  return { soort: 'inhoud' };
}

function PlaatsingenDeel({
  persoon,
  fout,
  opnieuw,
}: {
  readonly persoon: Ketenbeeld;
  readonly fout: Fout;
  readonly opnieuw: () => unknown;
}) {
  const plaatsingen = persoon.plaatsingen ?? [];
  return (
    <Ketenblok
      sleutel="plaatsingen"
      niveau={3}
      titel="Plaatsingen"
      aantal={aantalTekst(plaatsingen.length, 'plaatsing', 'plaatsingen')}
      bron={bronPlaatsingen(persoon)}
      staat={staatVan(fout, opnieuw, plaatsingen.length === 0, 'Geen plaatsingen voor deze persoon.')}
      className="ketenbeeld__deel--breed"
    >
      <CompacteTabel
        bijschrift="Plaatsingen op de escalatieladder, laatst begonnen eerst"
        koppen={['Locatie', 'Stand', 'Periode', 'Prioriteit']}
      >
        {plaatsingen.map((x) => (
          <tr key={x.id} data-testid={`persoon-plaatsing-${x.id}`} data-status={x.status}>
            <td>
              {x.locatieNaam}
              {x.artikel56 && <span className="klein gedempt">art. 56 Vw</span>}
              {x.overslaanReden && (
                <span className="klein gedempt omschrijving-kort">
                  Trede overgeslagen: {x.overslaanReden}
                </span>
              )}
            </td>
            <td>
              <PlaatsingStatus status={x.status} />
            </td>
            <td className="nowrap">
              {formatDatum(x.van)}
              <span className="klein">
                {x.werkelijkEind
                  ? `t/m ${formatDatum(x.werkelijkEind)}`
                  : x.tot
                    ? `t/m ${formatDatum(x.tot)}`
                    : 'open einde'}
              </span>
            </td>
            <td className="nowrap">{prioriteitLabel(x.prioriteit)}</td>
          </tr>
        ))}
      </CompacteTabel>
    </Ketenblok>
  );
}

function InhuisregistratieDeel({
  persoon,
  locatieNaam,
  fout,
  opnieuw,
}: {
  readonly persoon: Ketenbeeld;
  readonly locatieNaam: (code: string) => string;
  readonly fout: Fout;
  readonly opnieuw: () => unknown;
}) {
  const plichten = persoon.inhuisregistratiePlichten ?? [];
  const registraties = persoon.inhuisregistraties ?? [];
  return (
    <Ketenblok
      sleutel="inhuisregistratie"
      niveau={3}
      titel="Inhuisregistratie"
      bron={bronInhuisregistratie(persoon)}
      staat={staatVan(
        fout,
        opnieuw,
        plichten.length === 0 && registraties.length === 0,
        'Niet onder de inhuisregistratie.',
      )}
    >
      {plichten.length === 0 ? (
        <p className="leeg">Niet (meer) onder de inhuisregistratie.</p>
      ) : (
        <ul className="plichten">
          {plichten.map((x) => (
            <li key={x.id} data-testid={`plicht-${x.id}`}>
              <strong>{locatieNaam(x.locatie)}</strong> vanaf {formatDatum(x.van)}
              {x.tot ? ` t/m ${formatDatum(x.tot)}` : ' (lopend)'}
              <span className="klein gedempt omschrijving-kort">{x.reden}</span>
            </li>
          ))}
        </ul>
      )}
      {registraties.length > 0 && (
        <>
          <h4 className="ketenbeeld__sub">Laatste 14 dagen</h4>
          <CompacteTabel
            bijschrift="Registraties en gemiste vensters, nieuwste eerst"
            koppen={['Dag', 'Venster', 'Stand']}
            testid="persoon-inhuisregistraties"
          >
            {registraties.slice(0, 14).map((r) => (
              <tr key={`${r.datum}-${r.venster}-${r.locatie}`}>
                <td className="nowrap">{formatDatum(r.datum)}</td>
                <td>
                  {vensterLabel(r.venster)} <span className="klein gedempt">{locatieNaam(r.locatie)}</span>
                </td>
                <td>
                  {r.gemist ? (
                    <span className="inhuis inhuis--gemist">
                      <span aria-hidden="true">✗ </span>gemist
                      {r.signaalId ? ' (signaal verstuurd)' : ''}
                    </span>
                  ) : (
                    <span className="inhuis inhuis--ja">
                      <span aria-hidden="true">✓ </span>om {formatKloktijd(r.tijdstip)}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </CompacteTabel>
        </>
      )}
    </Ketenblok>
  );
}

/**
 * Placements and the inhuisregistratie (planning). Shown to who may see planning, or when planning
 * gives data; a part that failed says so on its own.
 */
export function PlanningBlok({
  persoon,
  toon,
  locaties,
  fouten,
  magVoorstellen,
  opnieuw,
}: {
  readonly persoon: Ketenbeeld;
  readonly toon: { readonly plaatsingen: boolean; readonly inhuisregistratie: boolean };
  readonly locaties: readonly { readonly code: string; readonly naam: string }[];
  readonly fouten: { readonly plaatsingen: Fout; readonly inhuisregistratie: Fout };
  readonly magVoorstellen: boolean;
  readonly opnieuw: () => unknown;
}) {
  const locatieNaam = (code: string) =>
    locaties.find((l) => l.code === code)?.naam ?? locatieNaamUitCode(code) ?? code;
  return (
    <section
      className="kaart dienstblok ketenblok-groep"
      aria-labelledby="planning-blok-titel"
      data-testid="blok-planning"
    >
      <div className="ketenblok__kop">
        <h2 id="planning-blok-titel" tabIndex={-1}>
          Plaatsing en inhuisregistratie
        </h2>
        {magVoorstellen && (
          <a
            className="knop knop--secundair knop--klein"
            href={pad.nieuwePlaatsing(persoon.id)}
            data-testid="link-plaatsing-voorstellen"
          >
            Plaatsing voorstellen
          </a>
        )}
      </div>
      <div className="ketenbeeld__delen">
        {toon.plaatsingen && (
          <PlaatsingenDeel persoon={persoon} fout={fouten.plaatsingen} opnieuw={opnieuw} />
        )}
        {toon.inhuisregistratie && (
          <InhuisregistratieDeel
            persoon={persoon}
            locatieNaam={locatieNaam}
            fout={fouten.inhuisregistratie}
            opnieuw={opnieuw}
          />
        )}
      </div>
    </section>
  );
}

function Stappen({ plan }: { readonly plan: ProcedurePlan }) {
  const stappen = plan.stappen.filter((s) => !s.nvt);
  return (
    <CompacteTabel
      bijschrift={`Processtappen van het procedureplan bij casus ${plan.casus.id.slice(0, 8)}`}
      koppen={['Stap', 'Gepland', 'Gedaan', 'Uiterlijk']}
    >
      {stappen.map((s) => (
        <tr
          key={s.stap}
          data-testid={`ketenbeeld-stap-${plan.casus.id}-${s.stap}`}
          data-vertraagd={s.vertraagd ? 'true' : 'false'}
        >
          <td>
            {s.label}{' '}
            {s.vertraagd && (
              <span className="label label--telaat">
                <span aria-hidden="true">! </span>vertraagd
              </span>
            )}
          </td>
          <td className="nowrap">{formatDatum(s.gepland)}</td>
          <td className="nowrap">
            {s.werkelijk ? (
              <>
                <span aria-hidden="true">✓ </span>
                {formatDatum(s.werkelijk)}
              </>
            ) : (
              <span className="gedempt">nog niet</span>
            )}
          </td>
          <td className="nowrap">
            {formatDatum(s.uiterlijk)}
            {s.regel && <span className="klein gedempt">{s.regel}</span>}
          </td>
        </tr>
      ))}
    </CompacteTabel>
  );
}

/** The procedure plan of each of the person's cases, with the key figure (its name from planning). */
export function ProcedureplannenBlok({
  persoon,
  fout,
  opnieuw,
}: {
  readonly persoon: Ketenbeeld;
  readonly fout: Fout;
  readonly opnieuw: () => unknown;
}) {
  const plannen = persoon.procedurePlannen ?? [];
  const kengetal = plannen[0]?.ttsd.kengetal;
  return (
    <Ketenblok
      sleutel="procedureplannen"
      titel={kengetal ? `Procedureplan en ${kengetal}` : 'Procedureplan'}
      bron={bronProcedureplannen(persoon)}
      staat={staatVan(fout, opnieuw, plannen.length === 0, 'Er is geen procedureplan voor deze persoon.')}
    >
      {plannen.map((x) => (
        <article
          key={x.casus.id}
          className="ketenbeeld__plan"
          aria-labelledby={`plan-${x.casus.id}-titel`}
          data-testid={`persoon-plan-${x.casus.id}`}
        >
          <h3 id={`plan-${x.casus.id}-titel`}>
            <a href={pad.casus(x.casus.id)}>
              Casus <span className="referentie">{x.casus.id.slice(0, 8)}</span>
            </a>{' '}
            <span className="gedempt klein-inline">
              ({spoorKort(x.spoor)}, aangemeld {formatDatum(x.aanmelding)})
            </span>
          </h3>
          <div className="ttsd" data-testid={`ketenbeeld-ttsd-${x.casus.id}`} data-risico={x.ttsd.risico}>
            <p className="ttsd__kop">
              <strong data-testid={`ketenbeeld-ttsd-kengetal-${x.casus.id}`}>{x.ttsd.kengetal}</strong>{' '}
              <RisicoLabel risico={x.ttsd.risico} />
            </p>
            <dl className="gegevens gegevens--compact">
              <div>
                <dt>Doel</dt>
                <dd>{formatDatum(x.ttsd.doelDatum)}</dd>
              </div>
              <div>
                <dt>Beschikking {x.ttsd.werkelijkeDatum ? 'genomen' : 'gepland'}</dt>
                <dd>{formatDatum(x.ttsd.werkelijkeDatum ?? x.ttsd.geplandeDatum)}</dd>
              </div>
              <div>
                <dt>Speling</dt>
                <dd>{spelingTekst(x.ttsd.speling, x.ttsd.werkelijkeDatum !== null)}</dd>
              </div>
            </dl>
            {x.ttsd.uitleg && <p className="klein gedempt">{x.ttsd.uitleg}</p>}
          </div>
          <Stappen plan={x} />
        </article>
      ))}
    </Ketenblok>
  );
}
