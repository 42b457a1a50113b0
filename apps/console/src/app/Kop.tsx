import type { Route } from './router';
import { pad } from './router';
import type { Sessie } from './auth';
import { organisatieKort, rolLabel } from './opmaak';

function Merk() {
  return (
    <a className="merk" href={pad.signalen()} aria-label="Ketenbeeld, naar het overzicht van signalen">
      <span className="merk__lint" aria-hidden="true" />
      <span className="merk__tekst">
        <span className="merk__naam">Ketenbeeld</span>
        <span className="merk__onderschrift">Ketenaanpak overlastgevende asielzoekers</span>
      </span>
    </a>
  );
}

export function Kop({ sessie, opAfmelden }: { sessie: Sessie | null; opAfmelden: () => void }) {
  return (
    <header className="kop">
      <div className="kop__binnen">
        <Merk />
        {sessie && (
          <div className="gebruiker" data-testid="aangemeld-als">
            <div className="gebruiker__gegevens">
              <span className="gebruiker__naam" data-testid="gebruiker-naam">
                {sessie.persona.naam}
              </span>
              <span className="gebruiker__org" data-testid="gebruiker-organisatie">
                <abbr title={sessie.persona.organisatie}>{organisatieKort(sessie.persona.organisatie)}</abbr>
                {sessie.persona.rollen.length > 0 && <> · {sessie.persona.rollen.map(rolLabel).join(', ')}</>}
              </span>
            </div>
            <button
              type="button"
              className="knop knop--omgekeerd"
              onClick={opAfmelden}
              data-testid="afmelden"
            >
              Afmelden
            </button>
          </div>
        )}
      </div>
    </header>
  );
}

export function Navigatie({ route }: { route: Route }) {
  const items = [
    {
      href: pad.signalen(),
      tekst: 'Signalen',
      actief: route.naam === 'signalen' || route.naam === 'signaal' || route.naam === 'persoon',
      testid: 'nav-signalen',
    },
    {
      href: pad.nieuwSignaal(),
      tekst: 'Nieuw signaal',
      actief: route.naam === 'nieuw-signaal',
      testid: 'nav-nieuw-signaal',
    },
    {
      href: pad.termijnen(),
      tekst: 'Termijnen',
      actief: route.naam === 'termijnen',
      testid: 'nav-termijnen',
    },
  ];
  return (
    <nav className="navigatie" aria-label="Hoofdmenu">
      <ul className="navigatie__lijst">
        {items.map((i) => (
          <li key={i.href}>
            <a href={i.href} aria-current={i.actief ? 'page' : undefined} data-testid={i.testid}>
              {i.tekst}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
