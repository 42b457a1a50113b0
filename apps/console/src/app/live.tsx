import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

/** What the gateway sends on /live: an event name and the ids it concerns (never personal data). */
export interface LiveMelding {
  readonly event: string;
  readonly casusIds: readonly string[];
  readonly persoonIds: readonly string[];
  readonly signaalIds: readonly string[];
}

type Luisteraar = (m: LiveMelding) => void;

interface LiveContext {
  readonly abonneer: (l: Luisteraar) => () => void;
  readonly verbonden: boolean;
}

const Context = createContext<LiveContext | null>(null);
const WACHTTIJDEN_MS = [1000, 2000, 5000, 10_000, 30_000];

/** Parse a server-sent-events buffer into complete blocks; returns the events and the rest. */
export function leesSse(buffer: string): { events: { event: string; data: string }[]; rest: string } {
  const events: { event: string; data: string }[] = [];
  let rest = buffer.replace(/\r\n/g, '\n');
  let i;
  while ((i = rest.indexOf('\n\n')) >= 0) {
    const blok = rest.slice(0, i);
    rest = rest.slice(i + 2);
    const event = /^event: ?(.*)$/m.exec(blok)?.[1];
    const data = blok
      .split('\n')
      .filter((r) => r.startsWith('data:'))
      .map((r) => r.replace(/^data: ?/, ''))
      .join('\n');
    if (event) events.push({ event, data });
  }
  return { events, rest };
}

/**
 * One live connection per signed-in session: GET /live on the gateway with the session's token
 * (fetch, so the token travels in the Authorization header, not the URL), reconnecting with
 * backoff when it drops or ends (the gateway ends streams after 15 minutes).
 */
export function LiveProvider({ token, children }: { readonly token: string; readonly children: ReactNode }) {
  const luisteraars = useRef(new Set<Luisteraar>());
  const [verbonden, setVerbonden] = useState(false);

  useEffect(() => {
    let gestopt = false;
    let poging = 0;
    let ac: AbortController | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const verbind = async () => {
      ac = new AbortController();
      try {
        const r = await fetch('/live', { headers: { authorization: `Bearer ${token}` }, signal: ac.signal });
        if (!r.ok || !r.body) throw new Error(`HTTP ${r.status}`);
        const lezer = r.body.getReader();
        const decoder = new TextDecoder();
        let buffer = '';
        for (;;) {
          const { value, done } = await lezer.read();
          if (done) break;
          const { events, rest } = leesSse(buffer + decoder.decode(value, { stream: true }));
          buffer = rest;
          for (const e of events) {
            if (e.event === 'verbonden') {
              poging = 0;
              setVerbonden(true);
            } else if (e.event === 'wijziging') {
              const m = JSON.parse(e.data) as LiveMelding;
              for (const l of luisteraars.current) l(m);
            }
          }
        }
      } catch {
        // Dropped, refused or aborted: try again below unless stopped.
      }
      setVerbonden(false);
      if (gestopt) return;
      timer = setTimeout(() => void verbind(), WACHTTIJDEN_MS[Math.min(poging++, WACHTTIJDEN_MS.length - 1)]);
    };
    void verbind();
    return () => {
      gestopt = true;
      ac?.abort();
      if (timer) clearTimeout(timer);
    };
  }, [token]);

  const waarde = useRef<LiveContext>({
    abonneer: (l) => {
      luisteraars.current.add(l);
      return () => luisteraars.current.delete(l);
    },
    verbonden: false,
  });
  return <Context.Provider value={{ ...waarde.current, verbonden }}>{children}</Context.Provider>;
}

/**
 * Refresh what a page shows when a live notice concerns it (its case, person or signal), at most
 * once per 500 ms; announces it for screen-reader users. Outside a LiveProvider it does nothing.
 */
export function useLiveVernieuwing(
  betreft: { readonly casusId?: string; readonly persoonId?: string; readonly signalen?: boolean },
  vernieuw: () => unknown,
): { readonly verbonden: boolean; readonly laatstVernieuwd: Date | null } {
  const live = useContext(Context);
  const [laatstVernieuwd, setLaatstVernieuwd] = useState<Date | null>(null);
  const vernieuwRef = useRef(vernieuw);
  vernieuwRef.current = vernieuw;
  const { casusId, persoonId, signalen } = betreft;
  useEffect(() => {
    if (!live) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const af = live.abonneer((m) => {
      const raakt =
        (casusId !== undefined && m.casusIds.includes(casusId)) ||
        (persoonId !== undefined && m.persoonIds.includes(persoonId)) ||
        (signalen === true && m.signaalIds.length > 0);
      if (!raakt || timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        void vernieuwRef.current();
        setLaatstVernieuwd(new Date());
      }, 500);
    });
    return () => {
      af();
      if (timer) clearTimeout(timer);
    };
  }, [live, casusId, persoonId, signalen]);
  return { verbonden: live?.verbonden ?? false, laatstVernieuwd };
}
