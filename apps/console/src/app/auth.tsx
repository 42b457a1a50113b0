import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isDoel, standaardDoel, toegestaneDoelen, type Doel } from './doel';

/** A synthetic persona offered by the development IdP (GET {idpUrl}/personas). */
export interface Persona {
  readonly id: string;
  readonly naam: string;
  readonly organisatie: string;
  readonly rollen: readonly string[];
  readonly omschrijving: string;
}

export interface Sessie {
  readonly token: string;
  /** Expiry as epoch milliseconds. */
  readonly verlooptOp: number;
  readonly persona: Persona;
  /** The purpose every request states (Ketenbeeld-Doel); shown and changeable in the header. */
  readonly doel: Doel;
}

interface AuthContextWaarde {
  readonly sessie: Sessie | null;
  /** Why the user is (back) at the sign-in screen, e.g. an expired session. */
  readonly melding: string | null;
  aanmelden(sessie: Sessie): void;
  afmelden(melding?: string): void;
  /** Change the purpose of the current session. */
  wijzigDoel(doel: Doel): void;
}

const OPSLAG_SLEUTEL = 'ketenbeeld.sessie';
export const MELDING_VERLOPEN = 'Uw sessie is verlopen. Meld u opnieuw aan.';
export const MELDING_NIET_GEAUTORISEERD =
  'U bent afgemeld: de server accepteerde uw aanmelding niet (meer). Meld u opnieuw aan.';

export function isPersona(value: unknown): value is Persona {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    typeof v.naam === 'string' &&
    typeof v.organisatie === 'string' &&
    Array.isArray(v.rollen) &&
    v.rollen.every((r) => typeof r === 'string') &&
    (v.omschrijving === undefined || typeof v.omschrijving === 'string')
  );
}

/** `verlooptOp` from the IdP: an ISO timestamp, or epoch seconds / milliseconds. */
export function leesVerlooptOp(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value < 1e12 ? value * 1000 : value;
  if (typeof value === 'string' && value !== '') {
    if (/^\d+$/.test(value)) return leesVerlooptOp(Number(value));
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? null : ms;
  }
  return null;
}

function leesOpgeslagenSessie(): Sessie | null {
  try {
    const ruw = sessionStorage.getItem(OPSLAG_SLEUTEL);
    if (!ruw) return null;
    const v = JSON.parse(ruw) as Record<string, unknown>;
    if (typeof v.token !== 'string' || typeof v.verlooptOp !== 'number' || !isPersona(v.persona)) return null;
    const doel =
      isDoel(v.doel) && toegestaneDoelen(v.persona.rollen).includes(v.doel)
        ? v.doel
        : standaardDoel(v.persona.rollen);
    return { token: v.token, verlooptOp: v.verlooptOp, persona: v.persona, doel };
  } catch {
    return null;
  }
}

function bewaarSessie(sessie: Sessie | null): void {
  try {
    if (sessie) sessionStorage.setItem(OPSLAG_SLEUTEL, JSON.stringify(sessie));
    else sessionStorage.removeItem(OPSLAG_SLEUTEL);
  } catch {
    // Storage may be unavailable (private mode); the session then lives in memory only.
  }
}

function beginToestand(): { sessie: Sessie | null; melding: string | null } {
  const opgeslagen = leesOpgeslagenSessie();
  if (opgeslagen && opgeslagen.verlooptOp <= Date.now()) {
    bewaarSessie(null);
    return { sessie: null, melding: MELDING_VERLOPEN };
  }
  return { sessie: opgeslagen, melding: null };
}

const AuthContext = createContext<AuthContextWaarde | null>(null);

export function useAuth(): AuthContextWaarde {
  const waarde = useContext(AuthContext);
  if (!waarde) throw new Error('useAuth buiten AuthProvider');
  return waarde;
}

/** The signed-in session; only usable below a signed-in shell. */
export function useSessie(): Sessie {
  const { sessie } = useAuth();
  if (!sessie) throw new Error('useSessie zonder aanmelding');
  return sessie;
}

/** setTimeout cannot wait longer than 2^31-1 ms. */
const MAX_TIMEOUT = 2_147_483_647;

export function AuthProvider({ children }: { children: ReactNode }) {
  const [toestand, setToestand] = useState(beginToestand);

  const aanmelden = useCallback((sessie: Sessie) => {
    bewaarSessie(sessie);
    setToestand({ sessie, melding: null });
  }, []);

  const wijzigDoel = useCallback((doel: Doel) => {
    setToestand((huidig) => {
      if (!huidig.sessie) return huidig;
      const sessie = { ...huidig.sessie, doel };
      bewaarSessie(sessie);
      return { ...huidig, sessie };
    });
  }, []);

  const afmelden = useCallback((melding?: string) => {
    bewaarSessie(null);
    setToestand((huidig) => (huidig.sessie || melding ? { sessie: null, melding: melding ?? null } : huidig));
  }, []);

  // Return to the sign-in screen as soon as the token expires (also after the tab was in the background).
  const verlooptOp = toestand.sessie?.verlooptOp;
  useEffect(() => {
    if (verlooptOp === undefined) return undefined;
    const controleer = () => {
      if (Date.now() >= verlooptOp) afmelden(MELDING_VERLOPEN);
    };
    const timer = window.setTimeout(controleer, Math.min(Math.max(verlooptOp - Date.now(), 0), MAX_TIMEOUT));
    const bijZichtbaar = () => {
      if (document.visibilityState === 'visible') controleer();
    };
    document.addEventListener('visibilitychange', bijZichtbaar);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', bijZichtbaar);
    };
  }, [verlooptOp, afmelden]);

  const waarde = useMemo<AuthContextWaarde>(
    () => ({ sessie: toestand.sessie, melding: toestand.melding, aanmelden, afmelden, wijzigDoel }),
    [toestand, aanmelden, afmelden, wijzigDoel],
  );
  return <AuthContext.Provider value={waarde}>{children}</AuthContext.Provider>;
}
