import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { AanmeldScherm } from '../features/aanmelden/AanmeldScherm';
import { maakApolloClient } from './apollo';
import { AuthProvider, MELDING_NIET_GEAUTORISEERD, MELDING_VERLOPEN, useAuth, type Sessie } from './auth';
import { ConfigProvider, useConfig } from './config';
import { LiveProvider } from './live';
import { Kop, Navigatie } from './Kop';
import { heeftOperationeleRechten } from './rechten';
import { navigeer, pad, useRoute, type Route } from './router';

/**
 * Every page is its own chunk, loaded when first visited: the entry route downloads the shell and
 * its own page only (issue 8: under 300 KB of compressed JavaScript on first load).
 */
const CasusDetail = lazy(() =>
  import('../features/casus/CasusDetail').then((m) => ({ default: m.CasusDetail })),
);
const CasussenOverzicht = lazy(() =>
  import('../features/casussen/CasussenOverzicht').then((m) => ({ default: m.CasussenOverzicht })),
);
const Cijfers = lazy(() => import('../features/cijfers/Cijfers').then((m) => ({ default: m.Cijfers })));
const DagoverzichtPagina = lazy(() =>
  import('../features/dagoverzicht/DagoverzichtPagina').then((m) => ({ default: m.DagoverzichtPagina })),
);
const Dashboard = lazy(() =>
  import('../features/dashboard/Dashboard').then((m) => ({ default: m.Dashboard })),
);
const NieuwSignaalFormulier = lazy(() =>
  import('../features/nieuw-signaal/NieuwSignaalFormulier').then((m) => ({
    default: m.NieuwSignaalFormulier,
  })),
);
const OverlegDetail = lazy(() =>
  import('../features/overleggen/OverlegDetail').then((m) => ({ default: m.OverlegDetail })),
);
const OverleggenOverzicht = lazy(() =>
  import('../features/overleggen/OverleggenOverzicht').then((m) => ({ default: m.OverleggenOverzicht })),
);
const PersoonDetail = lazy(() =>
  import('../features/persoon/PersoonDetail').then((m) => ({ default: m.PersoonDetail })),
);
const PersoonZoeken = lazy(() =>
  import('../features/persoon/PersoonZoeken').then((m) => ({ default: m.PersoonZoeken })),
);
const Capaciteitsbord = lazy(() =>
  import('../features/planning/Capaciteitsbord').then((m) => ({ default: m.Capaciteitsbord })),
);
const IndSlotKalender = lazy(() =>
  import('../features/planning/IndSlotKalender').then((m) => ({ default: m.IndSlotKalender })),
);
const InhuisregistratiePagina = lazy(() =>
  import('../features/planning/InhuisregistratiePagina').then((m) => ({
    default: m.InhuisregistratiePagina,
  })),
);
const PlaatsingenOverzicht = lazy(() =>
  import('../features/planning/PlaatsingenOverzicht').then((m) => ({ default: m.PlaatsingenOverzicht })),
);
const PlaatsingVoorstellen = lazy(() =>
  import('../features/planning/PlaatsingVoorstellen').then((m) => ({ default: m.PlaatsingVoorstellen })),
);
const ProcedurePlannen = lazy(() =>
  import('../features/planning/ProcedurePlannen').then((m) => ({ default: m.ProcedurePlannen })),
);
const SignaalDetail = lazy(() =>
  import('../features/signaal/SignaalDetail').then((m) => ({ default: m.SignaalDetail })),
);
const SignalenOverzicht = lazy(() =>
  import('../features/signalen/SignalenOverzicht').then((m) => ({ default: m.SignalenOverzicht })),
);
const TermijnenOverzicht = lazy(() =>
  import('../features/termijnen/TermijnenOverzicht').then((m) => ({ default: m.TermijnenOverzicht })),
);
const VoorstellenOverzicht = lazy(() =>
  import('../features/voorstellen/VoorstellenOverzicht').then((m) => ({ default: m.VoorstellenOverzicht })),
);
const Verwerkingslog = lazy(() =>
  import('../features/verwerkingslog/Verwerkingslog').then((m) => ({ default: m.Verwerkingslog })),
);
const Werkvoorraad = lazy(() =>
  import('../features/werkvoorraad/Werkvoorraad').then((m) => ({ default: m.Werkvoorraad })),
);
const ZsmPagina = lazy(() => import('../features/zsm/ZsmPagina').then((m) => ({ default: m.ZsmPagina })));

function Hoofdinhoud({ children }: { children: ReactNode }) {
  return (
    <main id="hoofdinhoud" className="hoofdinhoud" tabIndex={-1}>
      {children}
    </main>
  );
}

function Voet() {
  return (
    <footer className="voet">
      <div className="voet__binnen">
        <p>
          Ketenbeeld — gezamenlijk casussysteem van de ketenaanpak. Alleen synthetische gegevens in
          ontwikkeling, test en demonstratie.
        </p>
      </div>
    </footer>
  );
}

function Naar() {
  const focus = useCallback((e: MouseEvent) => {
    e.preventDefault();
    document.getElementById('hoofdinhoud')?.focus();
  }, []);
  return (
    <a className="overslaan" href="#/signalen" onClick={focus}>
      Direct naar de inhoud
    </a>
  );
}

function Pagina({ route }: { route: Route }) {
  switch (route.naam) {
    case 'signalen':
      return <SignalenOverzicht zoek={route.zoek} />;
    case 'nieuw-signaal':
      return <NieuwSignaalFormulier />;
    case 'signaal':
      return <SignaalDetail key={route.id} id={route.id} />;
    case 'persoon':
      return <PersoonDetail key={route.id} id={route.id} />;
    case 'termijnen':
      return <TermijnenOverzicht />;
    case 'casussen':
      return <CasussenOverzicht zoek={route.zoek} />;
    case 'casus':
      return <CasusDetail key={route.id} id={route.id} />;
    case 'voorstellen':
      return <VoorstellenOverzicht zoek={route.zoek} />;
    case 'overleggen':
      return <OverleggenOverzicht />;
    case 'overleg':
      return <OverlegDetail key={route.id} id={route.id} />;
    case 'dagoverzicht':
      return <DagoverzichtPagina zoek={route.zoek} />;
    case 'cijfers':
      return <Cijfers zoek={route.zoek} />;
    case 'zsm':
      return <ZsmPagina />;
    case 'capaciteit':
      return <Capaciteitsbord zoek={route.zoek} />;
    case 'plaatsingen':
      return <PlaatsingenOverzicht zoek={route.zoek} />;
    case 'plaatsing-nieuw':
      return <PlaatsingVoorstellen key={route.zoek} zoek={route.zoek} />;
    case 'inhuisregistratie':
      return <InhuisregistratiePagina zoek={route.zoek} />;
    case 'planning':
      return <ProcedurePlannen zoek={route.zoek} />;
    case 'ind-slots':
      return <IndSlotKalender zoek={route.zoek} />;
    case 'dashboard':
      return <Dashboard zoek={route.zoek} />;
    case 'werkvoorraad':
      return <Werkvoorraad zoek={route.zoek} />;
    case 'personen':
      return <PersoonZoeken zoek={route.zoek} />;
    case 'verwerkingslog':
      return <Verwerkingslog zoek={route.zoek} />;
    case 'onbekend':
      return (
        <section>
          <h1>Pagina niet gevonden</h1>
          <p>
            De pagina <code>{route.pad}</code> bestaat niet.{' '}
            <a href={pad.signalen()}>Ga naar het overzicht van signalen</a>.
          </p>
        </section>
      );
  }
}

/**
 * An operational page opened by someone who only supervises the processing (the privacy officer): a
 * notice and the way to their own page, without asking the services anything.
 */
function NietVoorUwRol() {
  useEffect(() => {
    document.title = 'Niet beschikbaar — Ketenbeeld';
  }, []);
  return (
    <section aria-labelledby="niet-voor-rol-titel">
      <h1 id="niet-voor-rol-titel">Deze pagina is niet beschikbaar voor uw rol</h1>
      <div className="melding melding--info" role="status" data-testid="pagina-geen-toegang">
        <p>
          Geen toegang. Deze pagina hoort bij het werk in de keten (signalen, personen, casussen, planning en
          ZSM). Als privacy officer houdt u toezicht op de verwerking: dat doet u in het verwerkingslog.
        </p>
        <p>
          <a href={pad.verwerkingslog()}>Naar het verwerkingslog</a>
        </p>
      </div>
    </section>
  );
}

function AangemeldeOmgeving({ sessie }: { sessie: Sessie }) {
  const { graphqlUrl } = useConfig();
  const { afmelden } = useAuth();
  const route = useRoute();
  const operationeel = heeftOperationeleRechten(sessie.persona);

  // Whoever only supervises the processing starts at the processing log: after signing in, and when
  // the console opens on another page (a deep link into the log itself is kept).
  const opLog = route.naam === 'verwerkingslog';
  useEffect(() => {
    if (!operationeel && !opLog) navigeer(pad.verwerkingslog());
    // Only when the session starts: a page opened later shows its notice instead.
  }, [sessie.token, operationeel]);

  // The purpose is read per request, so changing it in the header needs no new client.
  const doelRef = useRef(sessie.doel);
  doelRef.current = sessie.doel;

  // One client (and cache) per session.
  const client = useMemo(
    () =>
      maakApolloClient({
        graphqlUrl,
        token: sessie.token,
        verlooptOp: sessie.verlooptOp,
        doel: () => doelRef.current,
        opNietGeautoriseerd: (verlopen) => afmelden(verlopen ? MELDING_VERLOPEN : MELDING_NIET_GEAUTORISEERD),
      }),
    [graphqlUrl, sessie.token, sessie.verlooptOp, afmelden],
  );

  // Move focus to the content on navigation, for keyboard and screen-reader users.
  const eersteRender = useRef(true);
  const routeSleutel = 'id' in route ? `${route.naam}:${route.id}` : route.naam;
  useEffect(() => {
    if (eersteRender.current) {
      eersteRender.current = false;
      return;
    }
    document.getElementById('hoofdinhoud')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [routeSleutel]);

  return (
    <ApolloProvider client={client}>
      <LiveProvider token={sessie.token}>
        <Navigatie route={route} persona={sessie.persona} />
        <Hoofdinhoud>
          <Suspense
            fallback={
              <p className="laden" role="status" data-testid="pagina-laden">
                De pagina wordt geladen…
              </p>
            }
          >
            {operationeel || route.naam === 'verwerkingslog' ? <Pagina route={route} /> : <NietVoorUwRol />}
          </Suspense>
        </Hoofdinhoud>
      </LiveProvider>
    </ApolloProvider>
  );
}

function Omgeving() {
  const { sessie, afmelden } = useAuth();
  return (
    <>
      <Naar />
      <Kop sessie={sessie} opAfmelden={() => afmelden()} />
      {sessie ? (
        <AangemeldeOmgeving sessie={sessie} />
      ) : (
        <Hoofdinhoud>
          <AanmeldScherm />
        </Hoofdinhoud>
      )}
      <Voet />
    </>
  );
}

function Opstart({ children }: { children: ReactNode }) {
  return (
    <>
      <Kop sessie={null} opAfmelden={() => undefined} />
      <Hoofdinhoud>{children}</Hoofdinhoud>
      <Voet />
    </>
  );
}

export function App() {
  return (
    <ConfigProvider fallback={(inhoud) => <Opstart>{inhoud}</Opstart>}>
      <AuthProvider>
        <Omgeving />
      </AuthProvider>
    </ConfigProvider>
  );
}
