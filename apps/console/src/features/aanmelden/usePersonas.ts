import { useCallback, useEffect, useState } from 'react';
import type { Persona } from '../../app/auth';
import { haalPersonas } from './idp';

export type PersonasToestand =
  | { readonly soort: 'laden' }
  | { readonly soort: 'fout'; readonly melding: string }
  | { readonly soort: 'klaar'; readonly personas: readonly Persona[] };

export function usePersonas(idpUrl: string): { toestand: PersonasToestand; opnieuw: () => void } {
  const [toestand, setToestand] = useState<PersonasToestand>({ soort: 'laden' });
  const [poging, setPoging] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setToestand({ soort: 'laden' });
    haalPersonas(idpUrl, controller.signal).then(
      (personas) => setToestand({ soort: 'klaar', personas }),
      (fout: unknown) => {
        if (controller.signal.aborted) return;
        setToestand({ soort: 'fout', melding: fout instanceof Error ? fout.message : String(fout) });
      },
    );
    return () => controller.abort();
  }, [idpUrl, poging]);

  const opnieuw = useCallback(() => setPoging((p) => p + 1), []);
  return { toestand, opnieuw };
}
