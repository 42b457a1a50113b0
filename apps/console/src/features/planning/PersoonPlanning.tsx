import { useQuery } from '@apollo/client/react';
import { useSessie } from '../../app/auth';
import { foutTekst } from '../../app/fouten';
import { formatDatum } from '../../app/opmaak';
import { magPlaatsingVoorstellen, magPlanningZien } from '../../app/rechten';
import { pad } from '../../app/router';
import { spoorKort } from '../casusregie/labels';
import { formatKloktijd } from './datum';
import { prioriteitLabel, vensterLabel } from './labels';
import { PlaatsingStatus, RisicoLabel, spelingTekst, useLocaties } from './onderdelen';
import { PERSOON_PLANNING } from './persoonPlanning.graphql';

/**
 * The person page's planning section: placements, the inhuisregistratie (duty and the last 14 days),
 * and the procedure plans of the person's cases. Absent for whoever may not see planning; a part the
 * service leaves empty is simply not shown.
 */
export function PersoonPlanning({ persoonId }: { readonly persoonId: string }) {
  const sessie = useSessie();
  const toegang = magPlanningZien(sessie.persona);
  const { data, loading, error, refetch } = useQuery(PERSOON_PLANNING, {
    variables: { id: persoonId },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
    skip: !toegang,
  });
  const locaties = useLocaties(!toegang).data?.locaties ?? [];
  if (!toegang) return null;

  const locatieNaam = (code: string) => locaties.find((l) => l.code === code)?.naam ?? code;
  const p = data?.persoon ?? null;
  const plaatsingen = p?.plaatsingen ?? [];
  const plichten = p?.inhuisregistratiePlichten ?? [];
  const registraties = p?.inhuisregistraties ?? [];
  const plannen = p?.procedurePlannen ?? [];
  const nietBeschikbaar = error !== undefined && (!p || p.plaatsingen === null);
  const voorstellen = magPlaatsingVoorstellen(sessie.persona);

  return (
    <section
      className="kaart dienstblok persoonplanning"
      aria-labelledby="planning-blok-titel"
      data-testid="blok-planning"
    >
      <div className="sectiekop">
        <div>
          <p className="dienstblok__dienst">Bron: Planning</p>
          <h2 id="planning-blok-titel">Plaatsing en planning</h2>
        </div>
        {voorstellen && (
          <a
            className="knop knop--secundair knop--klein"
            href={pad.nieuwePlaatsing(persoonId)}
            data-testid="link-plaatsing-voorstellen"
          >
            Plaatsing voorstellen
          </a>
        )}
      </div>
      {loading && data === undefined ? (
        <p className="laden" role="status">
          Planning wordt opgehaald…
        </p>
      ) : nietBeschikbaar ? (
        <div className="melding melding--waarschuwing" role="status" data-testid="planning-blok-fout">
          <p>Deze gegevens zijn nu niet beschikbaar (Planning): {foutTekst(error)}</p>
          <button type="button" className="knop knop--secundair knop--klein" onClick={() => void refetch()}>
            Opnieuw proberen
          </button>
        </div>
      ) : (
        <div className="persoonplanning__delen">
          <div className="persoonplanning__deel persoonplanning__deel--breed" data-testid="blok-plaatsingen">
            <h3>Plaatsingen</h3>
            {plaatsingen.length === 0 ? (
              <p className="leeg">Geen plaatsingen voor deze persoon.</p>
            ) : (
              <div className="tabel-schuif">
                <table className="tabel tabel--compact">
                  <caption className="visueel-verborgen">Plaatsingen, laatst begonnen eerst</caption>
                  <thead>
                    <tr>
                      <th scope="col">Locatie</th>
                      <th scope="col">Status</th>
                      <th scope="col">Periode</th>
                      <th scope="col">Prioriteit</th>
                    </tr>
                  </thead>
                  <tbody>
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
                  </tbody>
                </table>
              </div>
            )}
            <p className="klein">
              <a href={pad.plaatsingen()}>Alle plaatsingen</a>
            </p>
          </div>

          <div className="persoonplanning__deel" data-testid="blok-inhuisregistratie">
            <h3>Inhuisregistratie</h3>
            {plichten.length === 0 ? (
              <p className="leeg">Niet onder de inhuisregistratie.</p>
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
                <h4 className="persoonplanning__sub">Laatste 14 dagen</h4>
                <table className="tabel tabel--compact" data-testid="persoon-inhuisregistraties">
                  <caption className="visueel-verborgen">
                    Registraties en gemiste vensters, nieuwste eerst
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Dag</th>
                      <th scope="col">Venster</th>
                      <th scope="col">Stand</th>
                    </tr>
                  </thead>
                  <tbody>
                    {registraties.slice(0, 14).map((r) => (
                      <tr key={`${r.datum}-${r.venster}-${r.locatie}`}>
                        <td className="nowrap">{formatDatum(r.datum)}</td>
                        <td>
                          {vensterLabel(r.venster)}{' '}
                          <span className="klein gedempt">{locatieNaam(r.locatie)}</span>
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
                  </tbody>
                </table>
              </>
            )}
          </div>

          <div className="persoonplanning__deel" data-testid="blok-procedureplannen">
            <h3>Procedureplannen</h3>
            {plannen.length === 0 ? (
              <p className="leeg">Geen procedureplan.</p>
            ) : (
              <ul className="plannen">
                {plannen.map((x) => (
                  <li key={x.casus.id} data-testid={`persoon-plan-${x.casus.id}`}>
                    <a href={pad.casus(x.casus.id)}>
                      Casus <span className="referentie">{x.casus.id.slice(0, 8)}</span>
                    </a>{' '}
                    <span className="gedempt">
                      ({spoorKort(x.spoor)}, aangemeld {formatDatum(x.aanmelding)})
                    </span>
                    <span className="klein">
                      {x.ttsd.kengetal}: doel {formatDatum(x.ttsd.doelDatum)}, beschikking{' '}
                      {x.ttsd.werkelijkeDatum ? 'genomen' : 'gepland'}{' '}
                      {formatDatum(x.ttsd.werkelijkeDatum ?? x.ttsd.geplandeDatum)} —{' '}
                      {spelingTekst(x.ttsd.speling, x.ttsd.werkelijkeDatum !== null)}{' '}
                      <RisicoLabel risico={x.ttsd.risico} />
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
