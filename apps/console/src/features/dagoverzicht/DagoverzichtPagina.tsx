import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useSessie } from '../../app/auth';
import { foutTekst } from '../../app/fouten';
import { mutatieFout, type FormulierFout } from '../../app/formulier';
import { formatTijdstip } from '../../app/opmaak';
import { magVoorstellenBeslissen } from '../../app/rechten';
import { navigeer, pad } from '../../app/router';
import { tijdlijnSoort } from '../casusregie/labels';
import { Formulierfouten, GEEN_FOUT, StatusLabel, veldNamen } from '../casusregie/onderdelen';
import {
  DAGOVERZICHT,
  type Dagoverzicht,
  type DagoverzichtCasus,
  type DagoverzichtRegel,
} from './dagoverzicht.graphql';
import { DAGOVERZICHTEN, type DagoverzichtKop } from './dagoverzichten.graphql';
import { MAAK_DAGOVERZICHT } from './maakDagoverzicht.graphql';

const AANLEIDING: Readonly<Record<string, string>> = { ROOSTER: 'dagelijks 07:00', OP_VERZOEK: 'op verzoek' };

function kopTekst(d: DagoverzichtKop): string {
  return `${formatTijdstip(d.gemaaktOp)} (${AANLEIDING[d.aanleiding] ?? d.aanleiding})`;
}

function Regels({
  titel,
  regels,
  testid,
}: {
  readonly titel: string;
  readonly regels: readonly DagoverzichtRegel[];
  readonly testid: string;
}) {
  if (regels.length === 0) return null;
  return (
    <div className="dagcasus__blok" data-testid={testid}>
      <h4>{titel}</h4>
      <ul>
        {regels.map((r, i) => (
          <li key={i}>
            <span className="dagcasus__soort">{tijdlijnSoort(r.soort).label}</span>{' '}
            <time className="gedempt" dateTime={r.tijdstip}>
              {formatTijdstip(r.tijdstip)}
            </time>
            {/* Rendered as text by React: never as HTML. */}
            <span className="dagcasus__tekst">{r.omschrijving}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function DagCasus({ c }: { readonly c: DagoverzichtCasus }) {
  return (
    <article
      className="kaart dagcasus"
      data-testid={`dagcasus-${c.casusId}`}
      aria-labelledby={`dagcasus-${c.casusId}-titel`}
    >
      <div className="sectiekop">
        <h3 id={`dagcasus-${c.casusId}-titel`} className="dagcasus__titel">
          <a href={pad.casus(c.casusId)} data-testid={`dagcasus-link-${c.casusId}`}>
            Casus {c.casusId.slice(0, 8)}
          </a>{' '}
          <span className="gedempt">{c.omschrijving}</span>
        </h3>
        <StatusLabel status={c.status} />
      </div>
      <p className="klein gedempt">Procesregisseur: {c.procesregisseur}</p>
      <div className="dagcasus__blokken">
        <Regels titel="Nieuwe signalen" regels={c.nieuweSignalen} testid={`dagcasus-signalen-${c.casusId}`} />
        <Regels titel="Wijzigingen" regels={c.wijzigingen} testid={`dagcasus-wijzigingen-${c.casusId}`} />
        {c.actiesTeLaat.length > 0 && (
          <div className="dagcasus__blok dagcasus__blok--telaat" data-testid={`dagcasus-telaat-${c.casusId}`}>
            <h4>Acties te laat</h4>
            <ul>
              {c.actiesTeLaat.map((a) => (
                <li key={a.id}>
                  <strong className="telaat-tekst">
                    {a.dagenTeLaat === 0
                      ? 'vandaag verstreken'
                      : a.dagenTeLaat === 1
                        ? '1 dag te laat'
                        : `${a.dagenTeLaat} dagen te laat`}
                  </strong>{' '}
                  <span className="dagcasus__tekst">{a.omschrijving}</span>
                  <span className="klein gedempt">deadline {formatTijdstip(a.deadline)}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        {c.termijnenBinnenkort.length > 0 && (
          <div className="dagcasus__blok" data-testid={`dagcasus-termijnen-${c.casusId}`}>
            <h4>Termijnen binnen 24 uur</h4>
            <ul>
              {c.termijnenBinnenkort.map((t) => (
                <li key={t.id}>
                  <strong>{t.soortLabel}</strong>{' '}
                  <span className="gedempt">verloopt {formatTijdstip(t.vervaltOp)}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </article>
  );
}

function Totalen({ d }: { readonly d: Dagoverzicht }) {
  const tegels = [
    { label: 'Nieuwe signalen', waarde: d.totalen.nieuweSignalen, testid: 'totaal-nieuweSignalen' },
    { label: 'Wijzigingen', waarde: d.totalen.wijzigingen, testid: 'totaal-wijzigingen' },
    {
      label: 'Acties te laat',
      waarde: d.totalen.actiesTeLaat,
      testid: 'totaal-actiesTeLaat',
      let: d.totalen.actiesTeLaat > 0,
    },
    {
      label: 'Termijnen binnen 24 uur',
      waarde: d.totalen.termijnenBinnenkort,
      testid: 'totaal-termijnenBinnenkort',
    },
    { label: 'Casussen zonder nieuws', waarde: d.ongewijzigd, testid: 'totaal-ongewijzigd' },
  ];
  return (
    <ul className="tegels" data-testid="dagoverzicht-totalen">
      {tegels.map((t) => (
        <li key={t.testid} className={`tegel${t.let ? ' tegel--let' : ''}`}>
          <span className="tegel__waarde" data-testid={t.testid}>
            {t.waarde}
          </span>
          <span className="tegel__label">{t.label}</span>
        </li>
      ))}
    </ul>
  );
}

export function DagoverzichtPagina({ zoek }: { readonly zoek: string }) {
  const sessie = useSessie();
  const gekozen = new URLSearchParams(zoek).get('id');
  const { data, loading, error, refetch } = useQuery(DAGOVERZICHT, {
    variables: { id: gekozen },
    fetchPolicy: 'cache-and-network',
  });
  const lijst = useQuery(DAGOVERZICHTEN, { variables: { eerste: 30 }, fetchPolicy: 'cache-and-network' });
  const [maak, { loading: bezig }] = useMutation(MAAK_DAGOVERZICHT, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'dagoverzichten' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'dagoverzicht' });
      cache.gc();
    },
  });
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const d = data?.dagoverzicht ?? null;

  useEffect(() => {
    document.title = 'Dagoverzicht — Ketenbeeld';
  }, []);

  async function nuMaken() {
    setFout(GEEN_FOUT);
    try {
      const { data: nieuw } = await maak();
      if (!nieuw) throw new Error('De server gaf geen antwoord.');
      if (gekozen) navigeer(pad.dagoverzicht());
      else await refetch();
    } catch (err) {
      setFout(mutatieFout(err, 'Er is geen dagoverzicht gemaakt:', () => null, veldNamen()));
    }
  }

  const koppen = lijst.data?.dagoverzichten ?? [];
  return (
    <section aria-labelledby="dagoverzicht-titel">
      <div className="paginakop">
        <div>
          <h1 id="dagoverzicht-titel">Dagoverzicht</h1>
          <p className="inleiding">
            Elke ochtend om 07:00: per lopende casus wat er sinds het vorige overzicht veranderde, welke
            acties te laat zijn en welke termijnen binnen 24 uur verlopen.
          </p>
        </div>
        <div className="paginakop__acties">
          {koppen.length > 0 && (
            <div className="veld veld--inline">
              <label htmlFor="dagoverzicht-kiezen" className="veld__label">
                Overzicht
              </label>
              <select
                id="dagoverzicht-kiezen"
                value={gekozen ?? ''}
                onChange={(e) =>
                  navigeer(
                    pad.dagoverzicht(
                      e.target.value ? new URLSearchParams({ id: e.target.value }) : undefined,
                    ),
                  )
                }
                data-testid="dagoverzicht-kiezen"
              >
                <option value="">Het laatste</option>
                {koppen.map((k) => (
                  <option key={k.id} value={k.id}>
                    {kopTekst(k)}
                  </option>
                ))}
              </select>
            </div>
          )}
          {magVoorstellenBeslissen(sessie.persona) && (
            <button
              type="button"
              className="knop knop--primair"
              onClick={() => void nuMaken()}
              disabled={bezig}
              data-testid="dagoverzicht-maken"
            >
              {bezig ? 'Bezig…' : 'Nu maken'}
            </button>
          )}
        </div>
      </div>
      <Formulierfouten fout={fout} testid="dagoverzicht-maken" />
      {error && (
        <div className="melding melding--fout" role="alert" data-testid="fout-dagoverzicht">
          <p>Het dagoverzicht kon niet worden opgehaald. {foutTekst(error)}</p>
        </div>
      )}
      {loading && data === undefined && (
        <p className="laden" role="status">
          Dagoverzicht wordt geladen…
        </p>
      )}
      {data !== undefined && !d && (
        <div className="kaart leeg" data-testid="dagoverzicht-leeg">
          <p>
            Er is nog geen dagoverzicht gemaakt. Het eerste verschijnt morgen om 07:00, of maak er nu een.
          </p>
        </div>
      )}
      {d && (
        <div data-testid="dagoverzicht">
          <p className="gedempt" data-testid="dagoverzicht-periode">
            Gemaakt {formatTijdstip(d.gemaaktOp)} ({AANLEIDING[d.aanleiding] ?? d.aanleiding}) · over{' '}
            {formatTijdstip(d.van)} – {formatTijdstip(d.tot)}
          </p>
          <Totalen d={d} />
          {d.casussen.length === 0 ? (
            <div className="kaart leeg" data-testid="dagoverzicht-geen-casussen">
              <p>Niets te melden over de casussen waaraan uw organisatie deelneemt.</p>
            </div>
          ) : (
            d.casussen.map((c) => <DagCasus key={c.casusId} c={c} />)
          )}
        </div>
      )}
    </section>
  );
}
