import { useEffect, useState } from 'react';

/**
 * Hash routes: #/signalen[?filter], #/signalen/nieuw, #/signalen/:id, #/personen/:id, #/termijnen,
 * #/casussen[?filter], #/casussen/:id, #/voorstellen[?status], #/overleggen, #/overleggen/:id,
 * #/dagoverzicht[?id], #/cijfers[?van&tot&locatie], #/zsm, and for planning #/capaciteit[?vanaf&weken&locatie],
 * #/plaatsingen[?status&locatie], #/plaatsingen/nieuw[?persoon], #/inhuisregistratie[?locatie&datum],
 * #/planning[?risico], #/ind-slots[?vanaf&weken]; #/dashboard[?van&tot], #/werkvoorraad[?lijst&…],
 * #/personen[?zoek], #/verwerkingslog[?persoon&actor&van&tot] (the privacy officer's processing log).
 * No router dependency.
 */
export type Route =
  | { readonly naam: 'signalen'; readonly zoek: string }
  | { readonly naam: 'nieuw-signaal' }
  | { readonly naam: 'signaal'; readonly id: string }
  | { readonly naam: 'persoon'; readonly id: string }
  | { readonly naam: 'termijnen' }
  | { readonly naam: 'casussen'; readonly zoek: string }
  | { readonly naam: 'casus'; readonly id: string }
  | { readonly naam: 'voorstellen'; readonly zoek: string }
  | { readonly naam: 'overleggen' }
  | { readonly naam: 'overleg'; readonly id: string }
  | { readonly naam: 'dagoverzicht'; readonly zoek: string }
  | { readonly naam: 'cijfers'; readonly zoek: string }
  | { readonly naam: 'zsm' }
  | { readonly naam: 'capaciteit'; readonly zoek: string }
  | { readonly naam: 'plaatsingen'; readonly zoek: string }
  | { readonly naam: 'plaatsing-nieuw'; readonly zoek: string }
  | { readonly naam: 'inhuisregistratie'; readonly zoek: string }
  | { readonly naam: 'planning'; readonly zoek: string }
  | { readonly naam: 'ind-slots'; readonly zoek: string }
  | { readonly naam: 'dashboard'; readonly zoek: string }
  | { readonly naam: 'werkvoorraad'; readonly zoek: string }
  | { readonly naam: 'personen'; readonly zoek: string }
  | { readonly naam: 'verwerkingslog'; readonly zoek: string }
  | { readonly naam: 'onbekend'; readonly pad: string };

const metZoek = (basis: string, zoek?: URLSearchParams) => {
  const q = zoek?.toString();
  return q ? `${basis}?${q}` : basis;
};

export const pad = {
  signalen: (zoek?: URLSearchParams) => metZoek('#/signalen', zoek),
  signaal: (id: string) => `#/signalen/${encodeURIComponent(id)}`,
  nieuwSignaal: () => '#/signalen/nieuw',
  persoon: (id: string) => `#/personen/${encodeURIComponent(id)}`,
  termijnen: () => '#/termijnen',
  casussen: (zoek?: URLSearchParams) => metZoek('#/casussen', zoek),
  casus: (id: string) => `#/casussen/${encodeURIComponent(id)}`,
  voorstellen: (zoek?: URLSearchParams) => metZoek('#/voorstellen', zoek),
  overleggen: () => '#/overleggen',
  overleg: (id: string) => `#/overleggen/${encodeURIComponent(id)}`,
  dagoverzicht: (zoek?: URLSearchParams) => metZoek('#/dagoverzicht', zoek),
  cijfers: (zoek?: URLSearchParams) => metZoek('#/cijfers', zoek),
  zsm: () => '#/zsm',
  capaciteit: (zoek?: URLSearchParams) => metZoek('#/capaciteit', zoek),
  plaatsingen: (zoek?: URLSearchParams) => metZoek('#/plaatsingen', zoek),
  nieuwePlaatsing: (persoonId?: string) =>
    metZoek('#/plaatsingen/nieuw', persoonId ? new URLSearchParams({ persoon: persoonId }) : undefined),
  inhuisregistratie: (zoek?: URLSearchParams) => metZoek('#/inhuisregistratie', zoek),
  planning: (zoek?: URLSearchParams) => metZoek('#/planning', zoek),
  indSlots: (zoek?: URLSearchParams) => metZoek('#/ind-slots', zoek),
  dashboard: (zoek?: URLSearchParams) => metZoek('#/dashboard', zoek),
  werkvoorraad: (zoek?: URLSearchParams) => metZoek('#/werkvoorraad', zoek),
  personen: (zoek?: URLSearchParams) => metZoek('#/personen', zoek),
  verwerkingslog: (zoek?: URLSearchParams) => metZoek('#/verwerkingslog', zoek),
} as const;

function decodeer(deel: string): string | null {
  try {
    return decodeURIComponent(deel);
  } catch {
    return null;
  }
}

export function leesRoute(hash: string): Route {
  const zonderHekje = hash.replace(/^#/, '');
  const vraagteken = zonderHekje.indexOf('?');
  const zoek = vraagteken >= 0 ? zonderHekje.slice(vraagteken + 1) : '';
  const p =
    (vraagteken >= 0 ? zonderHekje.slice(0, vraagteken) : zonderHekje).replace(/\/+$/, '') || '/signalen';
  if (p === '/' || p === '/signalen') return { naam: 'signalen', zoek };
  if (p === '/signalen/nieuw') return { naam: 'nieuw-signaal' };
  if (p === '/termijnen') return { naam: 'termijnen' };
  if (p === '/casussen') return { naam: 'casussen', zoek };
  if (p === '/voorstellen') return { naam: 'voorstellen', zoek };
  if (p === '/overleggen') return { naam: 'overleggen' };
  if (p === '/dagoverzicht') return { naam: 'dagoverzicht', zoek };
  if (p === '/cijfers') return { naam: 'cijfers', zoek };
  if (p === '/zsm') return { naam: 'zsm' };
  if (p === '/capaciteit') return { naam: 'capaciteit', zoek };
  if (p === '/plaatsingen') return { naam: 'plaatsingen', zoek };
  if (p === '/plaatsingen/nieuw') return { naam: 'plaatsing-nieuw', zoek };
  if (p === '/inhuisregistratie') return { naam: 'inhuisregistratie', zoek };
  if (p === '/planning') return { naam: 'planning', zoek };
  if (p === '/ind-slots') return { naam: 'ind-slots', zoek };
  if (p === '/dashboard') return { naam: 'dashboard', zoek };
  if (p === '/werkvoorraad') return { naam: 'werkvoorraad', zoek };
  if (p === '/personen') return { naam: 'personen', zoek };
  if (p === '/verwerkingslog') return { naam: 'verwerkingslog', zoek };
  const casus = /^\/casussen\/([^/]+)$/.exec(p);
  if (casus?.[1]) {
    const id = decodeer(casus[1]);
    return id ? { naam: 'casus', id } : { naam: 'onbekend', pad: p };
  }
  const overleg = /^\/overleggen\/([^/]+)$/.exec(p);
  if (overleg?.[1]) {
    const id = decodeer(overleg[1]);
    return id ? { naam: 'overleg', id } : { naam: 'onbekend', pad: p };
  }
  const signaal = /^\/signalen\/([^/]+)$/.exec(p);
  if (signaal?.[1]) {
    const id = decodeer(signaal[1]);
    return id ? { naam: 'signaal', id } : { naam: 'onbekend', pad: p };
  }
  const persoon = /^\/personen\/([^/]+)$/.exec(p);
  if (persoon?.[1]) {
    const id = decodeer(persoon[1]);
    return id ? { naam: 'persoon', id } : { naam: 'onbekend', pad: p };
  }
  return { naam: 'onbekend', pad: p };
}

export function useRoute(): Route {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const bijWijziging = () => setHash(window.location.hash);
    window.addEventListener('hashchange', bijWijziging);
    return () => window.removeEventListener('hashchange', bijWijziging);
  }, []);
  return leesRoute(hash);
}

export function navigeer(doel: string): void {
  if (window.location.hash === doel) return;
  window.location.hash = doel;
}
