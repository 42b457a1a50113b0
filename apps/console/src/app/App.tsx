import { useCallback, useEffect, useMemo, useRef, type MouseEvent, type ReactNode } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { AanmeldScherm } from '../features/aanmelden/AanmeldScherm';
import { CasusDetail } from '../features/casus/CasusDetail';
import { CasussenOverzicht } from '../features/casussen/CasussenOverzicht';
import { Cijfers } from '../features/cijfers/Cijfers';
import { DagoverzichtPagina } from '../features/dagoverzicht/DagoverzichtPagina';
import { NieuwSignaalFormulier } from '../features/nieuw-signaal/NieuwSignaalFormulier';
import { OverlegDetail } from '../features/overleggen/OverlegDetail';
import { OverleggenOverzicht } from '../features/overleggen/OverleggenOverzicht';
import { PersoonDetail } from '../features/persoon/PersoonDetail';
import { Capaciteitsbord } from '../features/planning/Capaciteitsbord';
import { IndSlotKalender } from '../features/planning/IndSlotKalender';
import { InhuisregistratiePagina } from '../features/planning/InhuisregistratiePagina';
import { PlaatsingenOverzicht } from '../features/planning/PlaatsingenOverzicht';
import { PlaatsingVoorstellen } from '../features/planning/PlaatsingVoorstellen';
import { ProcedurePlannen } from '../features/planning/ProcedurePlannen';
import { SignaalDetail } from '../features/signaal/SignaalDetail';
import { SignalenOverzicht } from '../features/signalen/SignalenOverzicht';
import { TermijnenOverzicht } from '../features/termijnen/TermijnenOverzicht';
import { VoorstellenOverzicht } from '../features/voorstellen/VoorstellenOverzicht';
import { ZsmPagina } from '../features/zsm/ZsmPagina';
import { maakApolloClient } from './apollo';
import { AuthProvider, MELDING_NIET_GEAUTORISEERD, MELDING_VERLOPEN, useAuth, type Sessie } from './auth';
import { ConfigProvider, useConfig } from './config';
import { Kop, Navigatie } from './Kop';
import { pad, useRoute, type Route } from './router';

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

function AangemeldeOmgeving({ sessie }: { sessie: Sessie }) {
  const { graphqlUrl } = useConfig();
  const { afmelden } = useAuth();
  const route = useRoute();

  // One client (and cache) per session.
  const client = useMemo(
    () =>
      maakApolloClient({
        graphqlUrl,
        token: sessie.token,
        verlooptOp: sessie.verlooptOp,
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
      <Navigatie route={route} persona={sessie.persona} />
      <Hoofdinhoud>
        <Pagina route={route} />
      </Hoofdinhoud>
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
