import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';

/** Runtime configuration served by the gateway at /config.json (not baked into the build). */
export interface ConsoleConfig {
  readonly graphqlUrl: string;
  readonly idpUrl: string;
}

export const CONFIG_URL = '/config.json';

function isConsoleConfig(value: unknown): value is ConsoleConfig {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.graphqlUrl === 'string' && v.graphqlUrl !== '' && typeof v.idpUrl === 'string' && v.idpUrl !== ''
  );
}

export async function laadConfig(signal?: AbortSignal): Promise<ConsoleConfig> {
  let response: Response;
  try {
    response = await fetch(CONFIG_URL, {
      headers: { accept: 'application/json' },
      cache: 'no-store',
      signal,
    });
  } catch {
    throw new Error('De configuratie kon niet worden opgehaald: de server is niet bereikbaar.');
  }
  if (!response.ok) {
    throw new Error(`De configuratie kon niet worden opgehaald (HTTP ${response.status}).`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new Error('De configuratie (/config.json) is geen geldige JSON.');
  }
  if (typeof body === 'object' && body !== null && !(body as Record<string, unknown>).idpUrl) {
    throw new Error(
      'Er is geen aanmeldvoorziening geconfigureerd (idpUrl ontbreekt in /config.json). Neem contact op met de beheerder.',
    );
  }
  if (!isConsoleConfig(body)) {
    throw new Error('De configuratie (/config.json) mist graphqlUrl of idpUrl.');
  }
  return { graphqlUrl: body.graphqlUrl, idpUrl: body.idpUrl.replace(/\/+$/, '') };
}

const ConfigContext = createContext<ConsoleConfig | null>(null);

export function useConfig(): ConsoleConfig {
  const config = useContext(ConfigContext);
  if (!config) throw new Error('useConfig buiten ConfigProvider');
  return config;
}

type Toestand =
  { soort: 'laden' } | { soort: 'fout'; melding: string } | { soort: 'klaar'; config: ConsoleConfig };

/** Loads /config.json once; shows a loading or error state until it is there. */
export function ConfigProvider({
  children,
  fallback,
}: {
  children: ReactNode;
  fallback: (inhoud: ReactNode) => ReactNode;
}) {
  const [toestand, setToestand] = useState<Toestand>({ soort: 'laden' });
  const [poging, setPoging] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setToestand({ soort: 'laden' });
    laadConfig(controller.signal).then(
      (config) => setToestand({ soort: 'klaar', config }),
      (fout: unknown) => {
        if (controller.signal.aborted) return;
        setToestand({ soort: 'fout', melding: fout instanceof Error ? fout.message : String(fout) });
      },
    );
    return () => controller.abort();
  }, [poging]);

  const opnieuw = useCallback(() => setPoging((p) => p + 1), []);

  if (toestand.soort === 'laden') {
    return fallback(
      <p className="laden" role="status">
        Ketenbeeld wordt geladen…
      </p>,
    );
  }
  if (toestand.soort === 'fout') {
    return fallback(
      <div className="melding melding--fout" role="alert" data-testid="fout-config">
        <h2 className="melding__titel">Ketenbeeld kan niet starten</h2>
        <p>{toestand.melding}</p>
        <button type="button" className="knop knop--secundair" onClick={opnieuw}>
          Opnieuw proberen
        </button>
      </div>,
    );
  }
  return <ConfigContext.Provider value={toestand.config}>{children}</ConfigContext.Provider>;
}
