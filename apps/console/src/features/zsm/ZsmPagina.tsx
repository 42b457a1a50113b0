import { VernieuwKnop } from '../../app/VernieuwKnop';
import { useEffect } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useSessie } from '../../app/auth';
import { foutTekst } from '../../app/fouten';
import { formatTijdstip } from '../../app/opmaak';
import { magZsmZien } from '../../app/rechten';
import { Schuifvlak } from '../../app/Schuifvlak';
import { PersoonNaam } from '../casusregie/PersoonNaam';
import { hoofdfout } from '../casusregie/onderdelen';
import type { PersoonKort } from '../casusregie/persoonKort.graphql';
import { detentieLabel, DRINGEND_MINUTEN, klokLabel, useDelictLabel } from './labels';
import { Afdoeningen, Delict, Resterend } from './onderdelen';
import {
  ZSM_OVERZICHT,
  type CustodyKlok,
  type Detentie,
  type ZsmOverzicht,
  type ZsmRegistratie,
} from './zsmOverzicht.graphql';

/** The clocks move: ask zsm again every minute so the time left stays right. */
const VERVERS_MS = 60_000;

function Persoon({
  persoon,
  vNummer,
}: {
  readonly persoon: PersoonKort | null;
  readonly vNummer?: string | null;
}) {
  if (persoon)
    return (
      <>
        <PersoonNaam persoon={persoon} />
        {persoon.vNummer && persoon.naam && <span className="klein gedempt">{persoon.naam}</span>}
      </>
    );
  return (
    <span>
      {vNummer ? `V-nummer ${vNummer}` : 'Onbekend'}
      <span className="klein gedempt">nog niet herkend in de keten</span>
    </span>
  );
}

function Totalen({ o }: { readonly o: ZsmOverzicht }) {
  const dringend = o.klokken.filter((k) => k.minutenResterend < DRINGEND_MINUTEN).length;
  const tegels = [
    { label: 'Recente registraties', waarde: o.registraties.length, testid: 'zsm-totaal-registraties' },
    { label: 'Lopende klokken', waarde: o.klokken.length, testid: 'zsm-totaal-klokken' },
    { label: 'Klokken < 1 uur', waarde: dringend, testid: 'zsm-totaal-dringend', let: dringend > 0 },
    { label: 'In detentie', waarde: o.detenties.length, testid: 'zsm-totaal-detenties' },
  ];
  return (
    <ul className="tegels" data-testid="zsm-totalen">
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

function Klokken({ klokken }: { readonly klokken: readonly CustodyKlok[] }) {
  return (
    <section className="kaart" aria-labelledby="zsm-klokken-titel" data-testid="zsm-klokken">
      <h2 id="zsm-klokken-titel">
        Lopende klokken <span className="legend__aantal">({klokken.length})</span>
      </h2>
      <p className="gedempt klein">
        Ophouden voor onderzoek, inverzekeringstelling en voorgeleiding; rood bij minder dan een uur.
      </p>
      {klokken.length === 0 ? (
        <p className="leeg" data-testid="zsm-klokken-leeg">
          Er lopen geen strafrechtelijke klokken.
        </p>
      ) : (
        <Schuifvlak className="tabel-schuif">
          <table className="tabel tabel--compact zsm-tabel" data-testid="zsm-klokken-tabel">
            <caption className="visueel-verborgen">Lopende klokken, eerst verlopend eerst</caption>
            <thead>
              <tr>
                <th scope="col">Resterend</th>
                <th scope="col">Klok</th>
                <th scope="col">Verloopt</th>
                <th scope="col">Persoon</th>
                <th scope="col">ZSM-zaak</th>
              </tr>
            </thead>
            <tbody>
              {klokken.map((k) => {
                const dringend = k.minutenResterend < DRINGEND_MINUTEN;
                return (
                  <tr
                    key={k.termijnId}
                    className={dringend ? 'klok--dringend' : undefined}
                    data-testid={`zsm-klok-${k.termijnId}`}
                    data-dringend={dringend ? 'true' : 'false'}
                    data-zaak={k.zsmReferentie}
                  >
                    <td className="nowrap">
                      <Resterend minuten={k.minutenResterend} testid={`zsm-klok-resterend-${k.termijnId}`} />
                    </td>
                    <td className="zsm-tabel__uitleg">
                      <span className="rij__titel">{klokLabel(k.soort)}</span>
                      <span className="klein gedempt">{k.uitleg}</span>
                    </td>
                    <td className="nowrap">
                      <time dateTime={k.vervaltOp}>{formatTijdstip(k.vervaltOp)}</time>
                    </td>
                    <td>
                      <Persoon persoon={k.persoon} />
                    </td>
                    <td className="referentie">{k.zsmReferentie}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Schuifvlak>
      )}
    </section>
  );
}

function Registraties({ registraties }: { readonly registraties: readonly ZsmRegistratie[] }) {
  const delictLabel = useDelictLabel();
  return (
    <section className="kaart" aria-labelledby="zsm-registraties-titel" data-testid="zsm-registraties">
      <h2 id="zsm-registraties-titel">
        Recente registraties <span className="legend__aantal">({registraties.length})</span>
      </h2>
      <p className="gedempt klein">
        Verdachten bij ZSM, nieuwste aanhouding eerst, met de beslissingen van het OM.
      </p>
      {registraties.length === 0 ? (
        <p className="leeg" data-testid="zsm-registraties-leeg">
          Nog geen ZSM-registraties.
        </p>
      ) : (
        <Schuifvlak className="tabel-schuif">
          <table className="tabel tabel--compact zsm-tabel" data-testid="zsm-registraties-tabel">
            <caption className="visueel-verborgen">Recente ZSM-registraties</caption>
            <thead>
              <tr>
                <th scope="col">Aanhouding</th>
                <th scope="col">Persoon</th>
                <th scope="col">Delict</th>
                <th scope="col">Beslissing OM</th>
                <th scope="col">ZSM-zaak</th>
              </tr>
            </thead>
            <tbody>
              {registraties.map((r) => (
                <tr key={r.id} data-testid={`zsm-registratie-${r.id}`} data-zaak={r.zsmReferentie}>
                  <td className="nowrap">
                    <time dateTime={r.aanhoudingOp}>{formatTijdstip(r.aanhoudingOp)}</time>
                    {!r.custodyKlokkenGestart && (
                      <span className="klein gedempt">klokken starten na herkenning</span>
                    )}
                  </td>
                  <td>
                    <Persoon persoon={r.persoon} vNummer={r.vNummer} />
                  </td>
                  <td className="omschrijving">
                    <Delict registratie={r} label={delictLabel} />
                  </td>
                  <td className="zsm-tabel__besluit">
                    <Afdoeningen afdoeningen={r.afdoeningen} testid={`zsm-afdoeningen-${r.id}`} />
                  </td>
                  <td>
                    <span className="referentie">{r.zsmReferentie}</span>
                    <span className="klein gedempt">{r.zsmLocatie}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Schuifvlak>
      )}
    </section>
  );
}

function Detenties({ detenties }: { readonly detenties: readonly Detentie[] }) {
  return (
    <section className="kaart" aria-labelledby="zsm-detenties-titel" data-testid="zsm-detenties">
      <h2 id="zsm-detenties-titel">
        Huidige detenties <span className="legend__aantal">({detenties.length})</span>
      </h2>
      {detenties.length === 0 ? (
        <p className="leeg" data-testid="zsm-detenties-leeg">
          DJI meldt nu niemand uit de keten in detentie.
        </p>
      ) : (
        <Schuifvlak className="tabel-schuif">
          <table className="tabel tabel--compact" data-testid="zsm-detenties-tabel">
            <caption className="visueel-verborgen">Huidige detenties</caption>
            <thead>
              <tr>
                <th scope="col">Persoon</th>
                <th scope="col">Soort</th>
                <th scope="col">Inrichting</th>
                <th scope="col">Begin</th>
                <th scope="col">Eind</th>
              </tr>
            </thead>
            <tbody>
              {detenties.map((d) => (
                <tr key={d.id} data-testid={`zsm-detentie-${d.id}`}>
                  <td>
                    <Persoon persoon={d.persoon} />
                  </td>
                  <td>{detentieLabel(d.soort)}</td>
                  <td>{d.inrichting}</td>
                  <td className="nowrap">
                    <time dateTime={d.begin}>{formatTijdstip(d.begin)}</time>
                  </td>
                  <td className="nowrap">
                    {d.eind ? (
                      <time dateTime={d.eind}>{formatTijdstip(d.eind)}</time>
                    ) : (
                      <span className="gedempt">onbepaald</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Schuifvlak>
      )}
    </section>
  );
}

/** #/zsm: what is happening at the ZSM desks for persons of the asylum chain. */
export function ZsmPagina() {
  const sessie = useSessie();
  const toegang = magZsmZien(sessie.persona);
  const { data, loading, error, refetch, networkStatus } = useQuery(ZSM_OVERZICHT, {
    variables: { eerste: 50 },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
    pollInterval: VERVERS_MS,
    skip: !toegang,
  });

  useEffect(() => {
    document.title = 'ZSM — Ketenbeeld';
  }, []);

  const vernieuwt = networkStatus === NetworkStatus.refetch;
  const fout = hoofdfout(error);
  const overzicht = data?.zsmOverzicht ?? null;
  const geenToegang = !toegang || (data !== undefined && overzicht === null && !fout);

  return (
    <section aria-labelledby="zsm-titel" data-testid="zsm-pagina">
      <div className="paginakop">
        <div>
          <h1 id="zsm-titel">ZSM</h1>
          <p className="inleiding">
            Verdachten uit de asielketen aan de ZSM-tafels van het OM: recente registraties met de
            beslissingen, de lopende wettelijke klokken en wie nu gedetineerd is.
          </p>
        </div>
        {toegang && (
          <div className="paginakop__acties">
            <VernieuwKnop bezig={vernieuwt} opnieuw={refetch} testid="zsm-vernieuwen" />
          </div>
        )}
      </div>
      {geenToegang ? (
        <div className="melding melding--info" role="status" data-testid="zsm-geen-toegang">
          <p>
            ZSM-gegevens zijn alleen te zien voor het kernteam (IND, COA, DT&amp;V), landelijke rollen en het
            OM.
          </p>
        </div>
      ) : (
        <>
          {fout !== undefined && !overzicht && (
            <div className="melding melding--fout" role="alert" data-testid="fout-zsm">
              <p>De ZSM-gegevens konden niet worden opgehaald. {foutTekst(fout)}</p>
              <button type="button" className="knop knop--secundair" onClick={() => void refetch()}>
                Opnieuw proberen
              </button>
            </div>
          )}
          {fout !== undefined && overzicht && (
            <div className="melding melding--waarschuwing" role="status" data-testid="zsm-deelfout">
              <p>Niet alle gegevens konden worden opgehaald: {foutTekst(fout)}</p>
            </div>
          )}
          {loading && data === undefined && (
            <p className="laden" role="status">
              ZSM-gegevens worden geladen…
            </p>
          )}
          {overzicht && (
            <>
              <Totalen o={overzicht} />
              <Klokken klokken={overzicht.klokken} />
              <Registraties registraties={overzicht.registraties} />
              <Detenties detenties={overzicht.detenties} />
            </>
          )}
        </>
      )}
    </section>
  );
}
