import { useEffect, useState } from 'react';
import { useAuth, type Persona } from '../../app/auth';
import { useConfig } from '../../app/config';
import { standaardDoel } from '../../app/doel';
import { organisatieKort, rolLabel } from '../../app/opmaak';
import { vraagToken } from './idp';
import { usePersonas } from './usePersonas';

export function AanmeldScherm() {
  const { idpUrl } = useConfig();
  const { aanmelden, melding } = useAuth();
  const { toestand, opnieuw } = usePersonas(idpUrl);
  const [bezig, setBezig] = useState<string | null>(null);
  const [fout, setFout] = useState<string | null>(null);

  useEffect(() => {
    document.title = 'Aanmelden — Ketenbeeld';
  }, []);

  async function kies(persona: Persona) {
    setBezig(persona.id);
    setFout(null);
    try {
      const { token, verlooptOp } = await vraagToken(idpUrl, persona.id);
      aanmelden({ token, verlooptOp, persona, doel: standaardDoel(persona.rollen) });
    } catch (e) {
      setFout(e instanceof Error ? e.message : String(e));
      setBezig(null);
    }
  }

  return (
    <section className="aanmelden" aria-labelledby="aanmelden-titel">
      <h1 id="aanmelden-titel">Aanmelden</h1>
      <p className="inleiding">
        Kies de rol waarmee u Ketenbeeld wilt gebruiken. Dit zijn fictieve personen voor ontwikkeling, test en
        demonstratie. U werkt daarna met het doel van de hoofdtaak van uw rol; dat ziet en wijzigt u bovenaan
        elke pagina. Elke inzage van persoonsgegevens wordt met dat doel vastgelegd.
      </p>

      {melding && (
        <div className="melding melding--waarschuwing" role="status" data-testid="melding-afgemeld">
          <p>{melding}</p>
        </div>
      )}
      {fout && (
        <div className="melding melding--fout" role="alert" data-testid="fout-aanmelden">
          <p>{fout}</p>
        </div>
      )}

      {toestand.soort === 'laden' && (
        <p className="laden" role="status">
          Rollen worden opgehaald…
        </p>
      )}
      {toestand.soort === 'fout' && (
        <div className="melding melding--fout" role="alert" data-testid="fout-idp">
          <h2 className="melding__titel">Aanmelden is nu niet mogelijk</h2>
          <p>{toestand.melding}</p>
          <button type="button" className="knop knop--secundair" onClick={opnieuw}>
            Opnieuw proberen
          </button>
        </div>
      )}
      {toestand.soort === 'klaar' && toestand.personas.length === 0 && (
        <p className="leeg">De aanmeldvoorziening biedt geen rollen aan.</p>
      )}
      {toestand.soort === 'klaar' && toestand.personas.length > 0 && (
        <ul className="persona-lijst" aria-label="Beschikbare rollen">
          {toestand.personas.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="persona-kaart"
                data-testid={`persona-${p.id}`}
                onClick={() => void kies(p)}
                disabled={bezig !== null}
                aria-busy={bezig === p.id}
              >
                <span className="persona-kaart__org">{organisatieKort(p.organisatie)}</span>
                <span className="persona-kaart__naam">{p.naam}</span>
                <span className="persona-kaart__omschrijving">{p.omschrijving}</span>
                <span className="persona-kaart__rollen">
                  {p.rollen.map((r) => (
                    <span key={r} className="label">
                      {rolLabel(r)}
                    </span>
                  ))}
                </span>
                <span className="persona-kaart__actie">
                  {bezig === p.id ? 'Bezig met aanmelden…' : `Aanmelden als ${p.naam}`}
                  <span aria-hidden="true"> ›</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
