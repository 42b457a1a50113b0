import { useEffect, useState } from 'react';

/** Hash routes: #/signalen, #/signalen/nieuw, #/personen/:id, #/termijnen. No router dependency. */
export type Route =
  | { readonly naam: 'signalen' }
  | { readonly naam: 'nieuw-signaal' }
  | { readonly naam: 'persoon'; readonly id: string }
  | { readonly naam: 'termijnen' }
  | { readonly naam: 'onbekend'; readonly pad: string };

export const pad = {
  signalen: () => '#/signalen',
  nieuwSignaal: () => '#/signalen/nieuw',
  persoon: (id: string) => `#/personen/${encodeURIComponent(id)}`,
  termijnen: () => '#/termijnen',
} as const;

export function leesRoute(hash: string): Route {
  const p = hash.replace(/^#/, '').replace(/\/+$/, '') || '/signalen';
  if (p === '/' || p === '/signalen') return { naam: 'signalen' };
  if (p === '/signalen/nieuw') return { naam: 'nieuw-signaal' };
  if (p === '/termijnen') return { naam: 'termijnen' };
  const persoon = /^\/personen\/([^/]+)$/.exec(p);
  if (persoon?.[1]) {
    try {
      return { naam: 'persoon', id: decodeURIComponent(persoon[1]) };
    } catch {
      return { naam: 'onbekend', pad: p };
    }
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
