import { useLiveVernieuwing } from '../../app/live';
import { useEffect, useMemo, useState } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useSessie, type Persona } from '../../app/auth';
import { NietGevonden } from '../../app/OphaalStaat';
import { formatDatum, formatTijdstip } from '../../app/opmaak';
import {
  magAfdoeningsadviesSchrijven,
  magDublinAkkoordVastleggen,
  magIdentiteitenKoppelen,
  magPlaatsingVoorstellen,
  magPlanningZien,
} from '../../app/rechten';
import { pad } from '../../app/router';
import { persoonTekst } from '../signalen/onderdelen';
import { CasusBlok, MaatregelenBlok } from './CasusBlokken';
import { IdentiteitBlok, nationaliteitTekst } from './IdentiteitBlok';
import {
  magAlleSignalenZien,
  termijnenVan,
  verwachteBlokken,
  zichtbaarheid,
  type BlokSleutel,
  type Bron,
  type Zichtbaarheid,
} from './ketenbeeld';
import { Ketenblok } from './Ketenblok';
import { Koppelen, Samenvoegingen } from './Koppelen';
import type { Ketenbeeld } from './persoon.graphql';
import { PlanningBlok, ProcedureplannenBlok } from './PlanningBlokken';
import { SignaalMeldingenBlok, SignalenBlok, ZsmSignaalOverzichtBlok } from './SignalenBlokken';
import { Strafrecht } from './Strafrecht';
import { TermijnenBlok } from './TermijnenBlok';
import { useKetenbeeld } from './usePersoon';
import { Zoekvak } from './Zoekvak';
import './persoon.css';

/** Headings of the blocks, in page order, for the "Op deze pagina" list and the loading state. */
const BLOKKEN: readonly { readonly sleutel: BlokSleutel; readonly titel: string; readonly kop: string }[] = [
  { sleutel: 'identiteit', titel: 'Identiteit en aliassen', kop: 'blok-identiteit-titel' },
  { sleutel: 'signalen', titel: 'Signalen', kop: 'blok-signalen-titel' },
  { sleutel: 'casus', titel: 'Casus en tijdlijn', kop: 'blok-casus-titel' },
  { sleutel: 'maatregelen', titel: 'Maatregelen', kop: 'blok-maatregelen-titel' },
  { sleutel: 'termijnen', titel: 'Termijnen', kop: 'blok-termijnen-titel' },
  { sleutel: 'plaatsingen', titel: 'Plaatsing en inhuisregistratie', kop: 'planning-blok-titel' },
  { sleutel: 'procedureplannen', titel: 'Procedureplan', kop: 'blok-procedureplannen-titel' },
  { sleutel: 'strafrecht', titel: 'Strafrecht en ZSM', kop: 'strafrecht-titel' },
  { sleutel: 'signaalMeldingen', titel: 'Signalen bij het kernteam', kop: 'blok-signaalMeldingen-titel' },
  {
    sleutel: 'zsmSignaalOverzicht',
    titel: 'Signalen zoals ZSM ze ziet',
    kop: 'blok-zsmSignaalOverzicht-titel',
  },
];

function zichtbaarBlok(z: Zichtbaarheid, sleutel: BlokSleutel): boolean {
  return sleutel === 'plaatsingen' ? z.plaatsingen || z.inhuisregistratie : z[sleutel];
}

/** In-page navigation to the blocks this viewer gets (hash routing: focus instead of #anchors). */
function OpDezePagina({ zicht }: { readonly zicht: Zichtbaarheid }) {
  const blokken = BLOKKEN.filter((b) => zichtbaarBlok(zicht, b.sleutel));
  return (
    <nav
      className="op-deze-pagina"
      aria-label="Onderdelen van het ketenbeeld"
      data-testid="ketenbeeld-inhoud"
    >
      <h2 className="op-deze-pagina__titel">Op deze pagina</h2>
      <ul>
        {blokken.map((b) => (
          <li key={b.sleutel}>
            <button
              type="button"
              className="knop--link"
              onClick={() => {
                const kop = document.getElementById(b.kop);
                kop?.scrollIntoView({ block: 'start' });
                kop?.focus({ preventScroll: true });
              }}
              data-testid={`naar-blok-${b.sleutel}`}
            >
              {b.titel}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Terug() {
  return (
    <p className="kruimelpad">
      <a href={pad.personen()} data-testid="terug-naar-personen">
        ‹ Personen zoeken
      </a>
    </p>
  );
}

/** While the one query runs: the blocks this viewer will get, each saying it is being fetched. */
function KetenbeeldLaden({ persona }: { readonly persona: Persona }) {
  const verwacht = verwachteBlokken(persona);
  const leeg: Bron | null = null;
  return (
    <section aria-labelledby="persoon-laden-titel" aria-busy="true" data-testid="persoon-laden">
      <Terug />
      <h1 id="persoon-laden-titel">Ketenbeeld</h1>
      <p className="laden" role="status">
        Het ketenbeeld wordt opgehaald bij Signalen, Casusregie, Planning en ZSM…
      </p>
      <div className="ketenbeeld__blokken">
        {BLOKKEN.filter((b) => zichtbaarBlok(verwacht, b.sleutel)).map((b) => (
          <Ketenblok
            key={b.sleutel}
            sleutel={`laden-${b.sleutel}`}
            titel={b.titel}
            bron={leeg}
            staat={{ soort: 'laden' }}
          />
        ))}
      </div>
    </section>
  );
}

function Kop({
  persoon,
  bijwerken,
  opgehaaldOp,
}: {
  readonly persoon: Ketenbeeld;
  readonly bijwerken: boolean;
  readonly opgehaaldOp: string | null;
}) {
  const kenmerken = [
    persoon.vNummer ? `V-nummer ${persoon.vNummer}` : 'voorlopige identiteit',
    nationaliteitTekst(persoon.nationaliteit),
    persoon.geboortedatum
      ? `geboren ${formatDatum(persoon.geboortedatum)}`
      : persoon.geboortejaar
        ? `geboren ca. ${persoon.geboortejaar}`
        : null,
  ].filter(Boolean);
  return (
    <div className="paginakop ketenbeeld__kop">
      <div>
        <p className="titel__onder">Ketenbeeld</p>
        <h1 id="persoon-titel">
          {persoon.naam ??
            (persoon.vNummer
              ? `V-nummer ${persoon.vNummer}`
              : persoon.coaNummer
                ? `COA-nummer ${persoon.coaNummer}`
                : 'Onbekende persoon')}
        </h1>
        <p className="ketenbeeld__kenmerken" data-testid="persoon-kenmerken">
          {kenmerken.join(' · ')}
        </p>
        <p className="klein gedempt" role="status" data-testid="ketenbeeld-stand">
          {bijwerken ? 'Bijwerken…' : opgehaaldOp ? `Stand van ${formatTijdstip(opgehaaldOp)}` : ''}
        </p>
      </div>
      <Zoekvak testid="persoon-zoekvak" compact label="Andere persoon zoeken" />
    </div>
  );
}

/**
 * The ketenbeeld of a person (#/personen/:id): one federated query; every block says which
 * organisation supplied it and when; what the viewer may not see is absent, not greyed out.
 */
export function PersoonDetail({ id }: { id: string }) {
  const sessie = useSessie();
  const persona = sessie.persona;
  const magKoppelen = magIdentiteitenKoppelen(persona);
  const { data, persoon, loading, error, blokFouten, refetch, networkStatus } = useKetenbeeld(
    id,
    magKoppelen,
    magPlanningZien(persona),
  );
  const [opgehaaldOp, setOpgehaaldOp] = useState<string | null>(null);
  // A new signal, case change or ZSM registration about this person shows without a reload.
  useLiveVernieuwing({ persoonId: id }, refetch);

  useEffect(() => {
    document.title = `${persoon ? persoonTekst(persoon) : 'Persoon'} — Ketenbeeld`;
  }, [persoon]);

  useEffect(() => {
    if (data && !loading) setOpgehaaldOp(new Date().toISOString());
  }, [data, loading]);

  const termijnen = useMemo(() => (persoon ? termijnenVan(persoon, pad.casus) : []), [persoon]);

  if (loading && data === undefined) return <KetenbeeldLaden persona={persona} />;

  if (!persoon) {
    // No person: no such person or no access (the same answer), or a failure.
    return (
      <NietGevonden
        terug={<Terug />}
        titel="Ketenbeeld"
        error={error}
        opnieuw={refetch}
        foutTekst="Het ketenbeeld kon niet worden opgehaald."
        foutTestid="fout-persoon"
        nietGevondenTekst="Persoon niet gevonden of geen toegang."
        nietGevondenTestid="persoon-niet-gevonden"
      />
    );
  }

  const fouten = blokFouten.perBlok;
  const zicht = zichtbaarheid(persona, persoon, new Set(fouten.keys()));
  const opnieuw = () => refetch();
  const samengevoegd = persoon.status === 'SAMENGEVOEGD';
  const alleSignalen = magAlleSignalenZien(persona);
  const termijnBron: Bron = {
    wie: ['Casusregie', 'Planning', 'ZSM'].filter((d) => termijnen.some((t) => t.dienst === d)),
    dienst: null,
    moment: opgehaaldOp ? { label: 'berekend', tijdstip: opgehaaldOp } : null,
  };

  return (
    <section aria-labelledby="persoon-titel" data-testid="persoon-detail" data-persoon={persoon.id}>
      <Terug />
      <Kop persoon={persoon} bijwerken={networkStatus === NetworkStatus.refetch} opgehaaldOp={opgehaaldOp} />

      {samengevoegd && (
        <div className="melding melding--waarschuwing" role="status" data-testid="persoon-opgegaan-in">
          <p>
            Dit record is samengevoegd
            {persoon.samengevoegdIn ? (
              <>
                : opgegaan in{' '}
                <a href={pad.persoon(persoon.samengevoegdIn)} data-testid="link-opgegaan-in">
                  het behouden record
                </a>
                . Nieuwe gegevens komen daar terecht.
              </>
            ) : (
              '.'
            )}
          </p>
        </div>
      )}

      {blokFouten.overig.length > 0 && (
        <div className="melding melding--waarschuwing" role="status" data-testid="persoon-deelfout">
          <p>Niet alle gegevens konden worden opgehaald: {blokFouten.overig.join(' ')}</p>
          <button type="button" className="knop knop--secundair knop--klein" onClick={() => void refetch()}>
            Opnieuw proberen
          </button>
        </div>
      )}

      <OpDezePagina zicht={zicht} />

      <div className="ketenbeeld__blokken">
        <IdentiteitBlok
          persoon={persoon}
          alleSignalen={alleSignalen}
          fout={fouten.get('identiteit')}
          opnieuw={opnieuw}
        />

        {magKoppelen ? (
          <Koppelen
            persoon={persoon}
            kandidaten={persoon.kandidaten ?? []}
            samenvoegingen={persoon.samenvoegingen ?? []}
            opGewijzigd={() => refetch()}
          />
        ) : (
          (persoon.samenvoegingen?.length ?? 0) > 0 && (
            <section
              className="kaart"
              aria-labelledby="samenvoegingen-titel"
              data-testid="blok-samenvoegingen"
            >
              <h2 id="samenvoegingen-titel">Samenvoegingen</h2>
              <Samenvoegingen
                persoonId={persoon.id}
                samenvoegingen={persoon.samenvoegingen ?? []}
                magKoppelen={false}
              />
            </section>
          )
        )}

        <SignalenBlok
          persoon={persoon}
          alleSignalen={alleSignalen}
          fout={fouten.get('signalen')}
          opnieuw={opnieuw}
        />

        {zicht.casus && <CasusBlok persoon={persoon} fout={fouten.get('casus')} opnieuw={opnieuw} />}
        {zicht.maatregelen && (
          <MaatregelenBlok persoon={persoon} fout={fouten.get('casus')} opnieuw={opnieuw} />
        )}
        {zicht.termijnen && (
          <TermijnenBlok termijnen={termijnen} bron={termijnBron} fout={undefined} opnieuw={opnieuw} />
        )}

        {(zicht.plaatsingen || zicht.inhuisregistratie) && (
          <PlanningBlok
            persoon={persoon}
            toon={{ plaatsingen: zicht.plaatsingen, inhuisregistratie: zicht.inhuisregistratie }}
            locaties={data?.locaties ?? []}
            fouten={{
              plaatsingen: fouten.get('plaatsingen'),
              inhuisregistratie: fouten.get('inhuisregistratie'),
            }}
            magVoorstellen={magPlaatsingVoorstellen(persona)}
            opnieuw={opnieuw}
          />
        )}
        {zicht.procedureplannen && (
          <ProcedureplannenBlok persoon={persoon} fout={fouten.get('procedureplannen')} opnieuw={opnieuw} />
        )}

        {zicht.strafrecht && (
          <Strafrecht
            persoon={persoon}
            fout={fouten.get('strafrecht')}
            opnieuw={opnieuw}
            magAdviesSchrijven={magAfdoeningsadviesSchrijven(persona)}
            magDublinVastleggen={magDublinAkkoordVastleggen(persona)}
          />
        )}

        {(zicht.signaalMeldingen || zicht.zsmSignaalOverzicht) && (
          <div className="ketenbeeld__paar">
            {zicht.signaalMeldingen && (
              <SignaalMeldingenBlok
                persoon={persoon}
                fout={fouten.get('signaalMeldingen')}
                opnieuw={opnieuw}
              />
            )}
            {zicht.zsmSignaalOverzicht && (
              <ZsmSignaalOverzichtBlok
                persoon={persoon}
                fout={fouten.get('zsmSignaalOverzicht')}
                opnieuw={opnieuw}
              />
            )}
          </div>
        )}
      </div>
    </section>
  );
}
