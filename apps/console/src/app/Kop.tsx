import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { LIJST_INFO, leesWeergave, type LijstCode } from '../features/werkvoorraad/lijsten';
import { useWerkvoorraadTellingen } from '../features/werkvoorraad/useTellingen';
import type { Route } from './router';
import { pad } from './router';
import { useAuth, useSessie, type Persona, type Sessie } from './auth';
import { DOEL_LABELS, isDoel, toegestaneDoelen, type Doel } from './doel';
import { organisatieKort, rolLabel } from './opmaak';
import {
  heeftOperationeleRechten,
  magKernteamwerkZien,
  magPlanningZien,
  magVerwerkingslogZien,
  magZsmZien,
} from './rechten';
import './navigatie.css';

function Merk({ persona }: { readonly persona: Persona | null }) {
  const toezicht = persona !== null && !heeftOperationeleRechten(persona);
  return (
    <a className="merk" href={toezicht ? pad.verwerkingslog() : pad.signalen()}>
      <span className="merk__lint" aria-hidden="true" />
      <span className="merk__tekst">
        <span className="merk__naam">Ketenbeeld</span>
        <span className="merk__onderschrift">Ketenaanpak overlastgevende asielzoekers</span>
        {/* The visible text first in the link's name (WCAG 2.5.3), then where it goes. */}
        <span className="visueel-verborgen">
          {toezicht ? ', naar het verwerkingslog' : ', naar het overzicht van signalen'}
        </span>
      </span>
    </a>
  );
}

export function Kop({ sessie, opAfmelden }: { sessie: Sessie | null; opAfmelden: () => void }) {
  return (
    <header className="kop">
      <div className="kop__binnen">
        <Merk persona={sessie?.persona ?? null} />
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
            <DoelKeuze />
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

const TOEZICHT_DOELEN: readonly Doel[] = ['PRIVACYTOEZICHT', 'RECHTEN_BETROKKENE'];

/** The session's purpose, always visible; changing it applies to every following request. */
function DoelKeuze() {
  const { sessie, wijzigDoel } = useAuth();
  if (!sessie) return null;
  // Whoever only supervises the processing gets the purposes of that work (the operational ones,
  // which the services would allow, fit no page they have).
  const doelen = toegestaneDoelen(sessie.persona.rollen).filter(
    (d) => heeftOperationeleRechten(sessie.persona) || TOEZICHT_DOELEN.includes(d) || d === sessie.doel,
  );
  return (
    <div className="gebruiker__doel">
      <label htmlFor="doel-keuze">Doel</label>
      <select
        id="doel-keuze"
        data-testid="doel-keuze"
        value={sessie.doel}
        onChange={(e) => {
          if (isDoel(e.target.value)) wijzigDoel(e.target.value);
        }}
        aria-describedby="doel-uitleg"
      >
        {doelen.map((d) => (
          <option key={d} value={d}>
            {DOEL_LABELS[d]}
          </option>
        ))}
      </select>
      <span id="doel-uitleg" className="visueel-verborgen">
        Elke inzage van persoonsgegevens wordt met dit doel vastgelegd in het verwerkingslog.
      </span>
    </div>
  );
}

// ---------------------------------------------------------------- navigation

interface NavItem {
  readonly href: string;
  readonly tekst: string;
  readonly actief: boolean;
  readonly testid: string;
  readonly zichtbaar?: boolean;
  /** A count after the text (work queues); null: not known (yet). */
  readonly aantal?: number | null;
  /** A line above this item in its menu. */
  readonly scheiding?: boolean;
}

interface NavGroep {
  readonly sleutel: string;
  readonly tekst: string;
  readonly items: readonly NavItem[];
  /** A count on the group's button (the work queues together). */
  readonly aantal?: number | null;
}

/** "7 open items" for screen readers, next to a bare number. */
function itemsTekst(n: number): string {
  return n === 1 ? '1 open item' : `${n} open items`;
}

/** The accessible name with a count: "Werkvoorraad, 7 open items" (the badge itself is hidden). */
function naamMetAantal(tekst: string, aantal: number | null | undefined): string | undefined {
  return aantal === null || aantal === undefined ? undefined : `${tekst}, ${itemsTekst(aantal)}`;
}

function Aantal({
  aantal,
  testid,
}: {
  readonly aantal: number | null | undefined;
  readonly testid?: string;
}) {
  if (aantal === null || aantal === undefined) return null;
  return (
    <span className="hoofdnav__aantal" aria-hidden="true" data-testid={testid}>
      {aantal}
    </span>
  );
}

/** The focusable top-level controls of the bar (links and group buttons), for the arrow keys. */
function bovensteKnoppen(nav: HTMLElement | null): HTMLElement[] {
  return nav ? [...nav.querySelectorAll<HTMLElement>('.hoofdnav__top')] : [];
}

/**
 * One group as a disclosure menu: a button (aria-expanded, aria-controls) that shows a list of links.
 * Enter/Space toggles, ArrowDown/ArrowUp open it at the first/last link and move through it,
 * Home/End jump, Escape closes and returns to the button, Tab onwards closes it.
 */
function Groep({
  groep,
  open,
  zetOpen,
  navRef,
}: {
  readonly groep: NavGroep;
  readonly open: boolean;
  readonly zetOpen: (open: boolean) => void;
  readonly navRef: RefObject<HTMLElement | null>;
}) {
  const menuId = useId();
  const knopRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const actief = groep.items.some((i) => i.actief);

  const links = () => [...(menuRef.current?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
  const focusLink = (index: (n: number) => number) => {
    // The menu is rendered hidden; show it first, then move focus in the next frame.
    zetOpen(true);
    window.requestAnimationFrame(() => {
      const l = links();
      l[Math.max(0, Math.min(l.length - 1, index(l.length)))]?.focus();
    });
  };

  const opKnopToets = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      focusLink(() => 0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      focusLink((n) => n - 1);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      zetOpen(false);
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const alle = bovensteKnoppen(navRef.current);
      const i = alle.indexOf(e.currentTarget);
      const doel = alle[(i + (e.key === 'ArrowRight' ? 1 : -1) + alle.length) % alle.length];
      if (doel) {
        e.preventDefault();
        zetOpen(false);
        doel.focus();
      }
    }
  };

  const opMenuToets = (e: KeyboardEvent<HTMLUListElement>) => {
    const l = links();
    const i = l.indexOf(document.activeElement as HTMLAnchorElement);
    let doel: number | null = null;
    if (e.key === 'ArrowDown') doel = (i + 1) % l.length;
    else if (e.key === 'ArrowUp') doel = (i - 1 + l.length) % l.length;
    else if (e.key === 'Home') doel = 0;
    else if (e.key === 'End') doel = l.length - 1;
    else if (e.key === 'Escape') {
      e.preventDefault();
      zetOpen(false);
      knopRef.current?.focus();
      return;
    }
    if (doel !== null) {
      e.preventDefault();
      l[doel]?.focus();
    }
  };

  return (
    <li
      className="hoofdnav__groep"
      data-nav-groep={groep.sleutel}
      onBlur={(e) => {
        // Tab (or a click) out of the group closes it.
        if (open && !e.currentTarget.contains(e.relatedTarget)) zetOpen(false);
      }}
    >
      <button
        ref={knopRef}
        type="button"
        className={`hoofdnav__top hoofdnav__knop${actief ? ' is-actief' : ''}`}
        aria-expanded={open}
        aria-controls={menuId}
        aria-current={actief ? 'true' : undefined}
        aria-label={naamMetAantal(groep.tekst, groep.aantal)}
        onClick={() => zetOpen(!open)}
        onKeyDown={opKnopToets}
        data-testid={`navgroep-${groep.sleutel}`}
      >
        <span>{groep.tekst}</span> <Aantal aantal={groep.aantal} testid={`nav-${groep.sleutel}-aantal`} />
        <span className="hoofdnav__pijl" aria-hidden="true" />
      </button>
      <ul id={menuId} ref={menuRef} className="hoofdnav__menu" hidden={!open} onKeyDown={opMenuToets}>
        {groep.items.map((i) => (
          <li key={i.testid} className={i.scheiding ? 'hoofdnav__scheiding' : undefined}>
            <a
              href={i.href}
              aria-current={i.actief ? 'page' : undefined}
              aria-label={naamMetAantal(i.tekst, i.aantal)}
              data-testid={i.testid}
              onClick={() => zetOpen(false)}
            >
              <span>{i.tekst}</span> <Aantal aantal={i.aantal} testid={`${i.testid}-aantal`} />
            </a>
          </li>
        ))}
      </ul>
    </li>
  );
}

function Link({ item, navRef }: { readonly item: NavItem; readonly navRef: RefObject<HTMLElement | null> }) {
  return (
    <li>
      <a
        href={item.href}
        className={`hoofdnav__top hoofdnav__link${item.actief ? ' is-actief' : ''}`}
        aria-current={item.actief ? 'page' : undefined}
        aria-label={naamMetAantal(item.tekst, item.aantal)}
        data-testid={item.testid}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
          const alle = bovensteKnoppen(navRef.current);
          const i = alle.indexOf(e.currentTarget);
          const doel = alle[(i + (e.key === 'ArrowRight' ? 1 : -1) + alle.length) % alle.length];
          if (doel) {
            e.preventDefault();
            doel.focus();
          }
        }}
      >
        <span>{item.tekst}</span> <Aantal aantal={item.aantal} testid={`${item.testid}-aantal`} />
      </a>
    </li>
  );
}

function routeSleutel(route: Route): string {
  return JSON.stringify(route);
}

/**
 * The main navigation: a few groups (Werkvoorraad · Signalen · Personen · Casussen · Planning · ZSM ·
 * Cijfers, and for the privacy officer only Verwerkingslog), each a disclosure menu, or a plain link
 * when it holds one item. Items the persona cannot use are left out; a group left empty disappears.
 * The work queues carry their counts, refreshed every minute and on every route change.
 */
export function Navigatie({ route, persona }: { route: Route; persona: Persona }) {
  const { token } = useSessie();
  const sleutel = routeSleutel(route);
  const tellingen = useWerkvoorraadTellingen({ persona, token, verversSleutel: sleutel });
  const [open, setOpen] = useState<string | null>(null);
  const navRef = useRef<HTMLElement>(null);

  // A new page closes any open menu.
  useEffect(() => setOpen(null), [sleutel]);

  // A click or tap outside the navigation closes an open menu.
  useEffect(() => {
    if (open === null) return undefined;
    const bijKlik = (e: PointerEvent) => {
      if (!navRef.current?.contains(e.target as Node)) setOpen(null);
    };
    document.addEventListener('pointerdown', bijKlik);
    return () => document.removeEventListener('pointerdown', bijKlik);
  }, [open]);

  const zetOpen = useCallback((groep: string, waarde: boolean) => {
    setOpen((huidig) => (waarde ? groep : huidig === groep ? null : huidig));
  }, []);

  const kernteam = magKernteamwerkZien(persona);
  const planning = magPlanningZien(persona);
  const wvLijst: LijstCode | null = route.naam === 'werkvoorraad' ? leesWeergave(route.zoek).lijst : null;

  const operationeleGroepen: NavGroep[] = [
    {
      sleutel: 'werkvoorraad',
      tekst: 'Werkvoorraad',
      aantal: tellingen.totaal,
      items: [
        {
          href: pad.werkvoorraad(),
          tekst: 'Alle werkvoorraden',
          actief: route.naam === 'werkvoorraad' && wvLijst === null,
          testid: 'nav-werkvoorraad',
        },
        ...tellingen.lijsten.map((l) => ({
          href: pad.werkvoorraad(new URLSearchParams({ lijst: l.code })),
          tekst: LIJST_INFO[l.code].titel,
          actief: wvLijst === l.code,
          testid: `nav-wv-${l.code}`,
          aantal: l.aantal,
        })),
        {
          href: pad.termijnen(),
          tekst: 'Alle termijnen',
          actief: route.naam === 'termijnen',
          testid: 'nav-termijnen',
          scheiding: true,
        },
      ],
    },
    {
      sleutel: 'signalen',
      tekst: 'Signalen',
      items: [
        {
          href: pad.signalen(),
          tekst: 'Overzicht signalen',
          actief: route.naam === 'signalen' || route.naam === 'signaal',
          testid: 'nav-signalen',
        },
        {
          href: pad.nieuwSignaal(),
          tekst: 'Nieuw signaal',
          actief: route.naam === 'nieuw-signaal',
          testid: 'nav-nieuw-signaal',
        },
      ],
    },
    {
      sleutel: 'personen',
      tekst: 'Personen',
      items: [
        {
          href: pad.personen(),
          tekst: 'Personen',
          actief: route.naam === 'personen' || route.naam === 'persoon',
          testid: 'nav-personen',
        },
      ],
    },
    {
      sleutel: 'casussen',
      tekst: 'Casussen',
      items: [
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
      ],
    },
    {
      sleutel: 'planning',
      tekst: 'Planning',
      items: [
        {
          href: pad.capaciteit(),
          tekst: 'Capaciteit',
          actief: route.naam === 'capaciteit',
          testid: 'nav-capaciteit',
        },
        {
          href: pad.plaatsingen(),
          tekst: 'Plaatsingen',
          actief: route.naam === 'plaatsingen' || route.naam === 'plaatsing-nieuw',
          testid: 'nav-plaatsingen',
        },
        {
          href: pad.inhuisregistratie(),
          tekst: 'Inhuisregistratie',
          actief: route.naam === 'inhuisregistratie',
          testid: 'nav-inhuisregistratie',
        },
        {
          href: pad.planning(),
          tekst: 'Procesplanning',
          actief: route.naam === 'planning',
          testid: 'nav-planning',
        },
        {
          href: pad.indSlots(),
          tekst: 'IND-slots',
          actief: route.naam === 'ind-slots',
          testid: 'nav-ind-slots',
        },
      ].map((i) => ({ ...i, zichtbaar: planning })),
    },
    {
      sleutel: 'zsm',
      tekst: 'ZSM',
      items: [
        {
          href: pad.zsm(),
          tekst: 'ZSM',
          actief: route.naam === 'zsm',
          testid: 'nav-zsm',
          zichtbaar: magZsmZien(persona),
        },
      ],
    },
    {
      sleutel: 'cijfers',
      tekst: 'Cijfers',
      items: [
        {
          href: pad.cijfers(),
          tekst: 'Cijfers',
          actief: route.naam === 'cijfers',
          testid: 'nav-cijfers',
          zichtbaar: kernteam,
        },
        // Every persona: the dashboard itself shows each panel only to whom may see its figures.
        {
          href: pad.dashboard(),
          tekst: 'Dashboard',
          actief: route.naam === 'dashboard',
          testid: 'nav-dashboard',
        },
      ],
    },
  ];
  // The privacy officer supervises the processing and has none of the operational pages.
  const groepen: NavGroep[] = [
    ...(heeftOperationeleRechten(persona) ? operationeleGroepen : []),
    {
      sleutel: 'toezicht',
      tekst: 'Verwerkingslog',
      items: [
        {
          href: pad.verwerkingslog(),
          tekst: 'Verwerkingslog',
          actief: route.naam === 'verwerkingslog',
          testid: 'nav-verwerkingslog',
          zichtbaar: magVerwerkingslogZien(persona),
        },
      ],
    },
  ];

  return (
    <nav className="hoofdnav" aria-label="Hoofdmenu" ref={navRef} data-testid="navigatie">
      <ul className="hoofdnav__lijst">
        {groepen.map((g) => {
          const items = g.items.filter((i) => i.zichtbaar !== false);
          const [enige] = items;
          if (!enige) return null;
          if (items.length === 1) return <Link key={g.sleutel} item={enige} navRef={navRef} />;
          return (
            <Groep
              key={g.sleutel}
              groep={{ ...g, items }}
              open={open === g.sleutel}
              zetOpen={(w) => zetOpen(g.sleutel, w)}
              navRef={navRef}
            />
          );
        })}
      </ul>
    </nav>
  );
}
