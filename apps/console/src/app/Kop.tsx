import type { Route } from './router';
import { pad } from './router';
import type { Persona, Sessie } from './auth';
import { organisatieKort, rolLabel } from './opmaak';
import { magKernteamwerkZien, magPlanningZien, magZsmZien } from './rechten';

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

export function Navigatie({ route, persona }: { route: Route; persona: Persona }) {
  const kernteam = magKernteamwerkZien(persona);
  const planning = magPlanningZien(persona);
  const items: { href: string; tekst: string; actief: boolean; testid: string; zichtbaar?: boolean }[] = [
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
    {
      href: pad.casussen(),
      tekst: 'Casussen',
      actief: route.naam === 'casussen' || route.naam === 'casus',
      testid: 'nav-casussen',
    },
    {
      href: pad.voorstellen(),
      tekst: 'Voorstellen',
      actief: route.naam === 'voorstellen',
      testid: 'nav-voorstellen',
      zichtbaar: kernteam,
    },
    {
      href: pad.overleggen(),
      tekst: 'Overleggen',
      actief: route.naam === 'overleggen' || route.naam === 'overleg',
      testid: 'nav-overleggen',
      zichtbaar: kernteam,
    },
    {
      href: pad.dagoverzicht(),
      tekst: 'Dagoverzicht',
      actief: route.naam === 'dagoverzicht',
      testid: 'nav-dagoverzicht',
    },
    {
      href: pad.cijfers(),
      tekst: 'Cijfers',
      actief: route.naam === 'cijfers',
      testid: 'nav-cijfers',
      zichtbaar: kernteam,
    },
    {
      href: pad.zsm(),
      tekst: 'ZSM',
      actief: route.naam === 'zsm',
      testid: 'nav-zsm',
      zichtbaar: magZsmZien(persona),
    },
    {
      href: pad.capaciteit(),
      tekst: 'Capaciteit',
      actief: route.naam === 'capaciteit',
      testid: 'nav-capaciteit',
      zichtbaar: planning,
    },
    {
      href: pad.plaatsingen(),
      tekst: 'Plaatsingen',
      actief: route.naam === 'plaatsingen' || route.naam === 'plaatsing-nieuw',
      testid: 'nav-plaatsingen',
      zichtbaar: planning,
    },
    {
      href: pad.inhuisregistratie(),
      tekst: 'Inhuisregistratie',
      actief: route.naam === 'inhuisregistratie',
      testid: 'nav-inhuisregistratie',
      zichtbaar: planning,
    },
    {
      href: pad.planning(),
      tekst: 'Procesplanning',
      actief: route.naam === 'planning',
      testid: 'nav-planning',
      zichtbaar: planning,
    },
    {
      href: pad.indSlots(),
      tekst: 'IND-slots',
      actief: route.naam === 'ind-slots',
      testid: 'nav-ind-slots',
      zichtbaar: planning,
    },
  ];
  return (
    <nav className="navigatie" aria-label="Hoofdmenu">
      <ul className="navigatie__lijst">
        {items
          .filter((i) => i.zichtbaar !== false)
          .map((i) => (
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
