import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSessie } from '../../app/auth';
import { foutTekst } from '../../app/fouten';
import { formatTijdstip, locatieNaam } from '../../app/opmaak';
import { magKernteamwerkZien, magVoorstellenBeslissen } from '../../app/rechten';
import { pad } from '../../app/router';
import { Schuifvlak } from '../../app/Schuifvlak';
import { overlegSoortLabel } from '../casusregie/labels';
import { OVERLEGGEN, type OverlegRij } from './overleggen.graphql';
import { PlanFormulier } from './PlanFormulier';

function OverlegTabel({
  overleggen,
  titel,
  testid,
}: {
  readonly overleggen: readonly OverlegRij[];
  readonly titel: string;
  readonly testid: string;
}) {
  return (
    <Schuifvlak className="kaart kaart--tabel">
      <table className="tabel" data-testid={testid}>
        <caption className="tabel__titel">{titel}</caption>
        <thead>
          <tr>
            <th scope="col">Wanneer</th>
            <th scope="col">Overleg</th>
            <th scope="col">Locatie</th>
            <th scope="col" className="getal">
              Agendapunten
            </th>
            <th scope="col" className="getal">
              Deelnemers
            </th>
          </tr>
        </thead>
        <tbody>
          {overleggen.map((o) => (
            <tr key={o.id} data-testid={`overleg-${o.id}`}>
              <td className="nowrap">
                <time dateTime={o.geplandOp}>{formatTijdstip(o.geplandOp)}</time>
              </td>
              <td>
                <a href={pad.overleg(o.id)} data-testid={`overleg-link-${o.id}`}>
                  {o.titel}
                </a>
                <span className="klein gedempt">{overlegSoortLabel(o.soort)}</span>
              </td>
              <td>{locatieNaam(o.locatieCode) ?? <span className="gedempt">—</span>}</td>
              <td className="getal">{o.agenda.length}</td>
              <td className="getal">{o.deelnemers.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Schuifvlak>
  );
}

export function OverleggenOverzicht() {
  const sessie = useSessie();
  const [plannen, setPlannen] = useState(false);
  const { data, loading, error } = useQuery(OVERLEGGEN, {
    variables: {},
    fetchPolicy: 'cache-and-network',
    skip: !magKernteamwerkZien(sessie.persona),
  });

  useEffect(() => {
    document.title = 'Overleggen — Ketenbeeld';
  }, []);

  if (!magKernteamwerkZien(sessie.persona)) {
    return (
      <section aria-labelledby="overleggen-titel">
        <h1 id="overleggen-titel">Overleggen</h1>
        <p className="melding melding--info" data-testid="overleggen-geen-toegang">
          Overleggen zijn voor het kernteam (IND, COA, DT&amp;V) en de landelijke regie.
        </p>
      </section>
    );
  }

  const nu = Date.now();
  const lijst = data?.overleggen ?? [];
  const komend = lijst.filter((o) => Date.parse(o.geplandOp) >= nu - 12 * 3_600_000).reverse();
  const geweest = lijst.filter((o) => Date.parse(o.geplandOp) < nu - 12 * 3_600_000);
  return (
    <section aria-labelledby="overleggen-titel">
      <div className="paginakop">
        <div>
          <h1 id="overleggen-titel">Overleggen</h1>
          <p className="inleiding">
            Kernteamoverleg (wekelijks, maandag), LKO per opvanglocatie, Top-X en regietafel. De agenda
            bestaat uit casussen: nieuw, gewijzigd, met acties te laat of een termijn deze week.
          </p>
        </div>
        {magVoorstellenBeslissen(sessie.persona) && (
          <div className="paginakop__acties">
            <button
              type="button"
              className="knop knop--primair"
              aria-expanded={plannen}
              onClick={() => setPlannen((p) => !p)}
              data-testid="overleg-plannen"
            >
              Overleg plannen
            </button>
          </div>
        )}
      </div>
      {plannen && <PlanFormulier opAnnuleer={() => setPlannen(false)} />}
      {error && (
        <div className="melding melding--fout" role="alert" data-testid="fout-overleggen">
          <p>De overleggen konden niet worden opgehaald. {foutTekst(error)}</p>
        </div>
      )}
      {loading && data === undefined && (
        <p className="laden" role="status">
          Overleggen worden geladen…
        </p>
      )}
      {data !== undefined && lijst.length === 0 && (
        <div className="kaart leeg" data-testid="overleggen-leeg">
          <p>Er zijn nog geen overleggen gepland.</p>
        </div>
      )}
      {komend.length > 0 && <OverlegTabel overleggen={komend} titel="Gepland" testid="overleggen-komend" />}
      {geweest.length > 0 && (
        <OverlegTabel overleggen={geweest} titel="Geweest" testid="overleggen-geweest" />
      )}
    </section>
  );
}
