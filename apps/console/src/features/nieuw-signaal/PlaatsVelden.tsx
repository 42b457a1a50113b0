import { useState } from 'react';
import { Veld, type Veldfouten } from '../../app/formulier';
import { alsLocatieCode, LOCATIES } from '../../app/opmaak';
import { ANDERE_LOCATIE, MAX_GEMEENTE, type PlaatsVeld, type PlaatsWaarden } from './plaats';

/**
 * Where it happened: a gemeente and/or a reception location (Ter Apel, Budel, or another code), and
 * optionally coordinates. Error paths as the services name them: plaats, plaats.gemeente, ….
 */
export function PlaatsVelden({
  waarden,
  fouten,
  opWijzig,
}: {
  readonly waarden: PlaatsWaarden;
  readonly fouten: Veldfouten;
  readonly opWijzig: (veld: PlaatsVeld, waarde: string) => void;
}) {
  const groepFout = fouten.plaats ?? [];
  const [coordinatenOpen, setCoordinatenOpen] = useState(
    waarden.breedtegraad !== '' || waarden.lengtegraad !== '',
  );
  const coordinaatFout = 'plaats.breedtegraad' in fouten || 'plaats.lengtegraad' in fouten;
  const anders = waarden.locatieKeuze === ANDERE_LOCATIE;
  const code = anders ? alsLocatieCode(waarden.locatieAnders) : '';
  return (
    <fieldset
      className={`formulier__subgroep${groepFout.length ? ' veld--fout' : ''}`}
      id="groep-plaats"
      tabIndex={-1}
      aria-describedby={groepFout.length ? 'fout-plaats' : 'hint-plaats'}
    >
      <legend>
        Plaats <span className="verplicht">(verplicht)</span>
      </legend>
      <p className="veld__hint" id="hint-plaats">
        Vul een gemeente in, kies een opvanglocatie, of allebei.
      </p>
      {groepFout.length > 0 && (
        <p className="veld__fout" id="fout-plaats" data-testid="fout-plaats">
          <span className="visueel-verborgen">Fout: </span>
          {groepFout.join(' ')}
        </p>
      )}
      <div className="raster raster--2">
        <Veld veld="plaats.gemeente" label="Gemeente" hint="Bijvoorbeeld Westerwolde." fouten={fouten}>
          {(p) => (
            <input
              {...p}
              type="text"
              autoComplete="off"
              maxLength={MAX_GEMEENTE}
              value={waarden.gemeente}
              onChange={(e) => opWijzig('gemeente', e.target.value)}
            />
          )}
        </Veld>
        <Veld
          veld="plaats.locatieCode"
          label="Opvanglocatie"
          hint="De locatiecode, als het incident op of bij een opvanglocatie was."
          fouten={fouten}
        >
          {(p) => (
            <>
              <select
                {...p}
                value={waarden.locatieKeuze}
                onChange={(e) => opWijzig('locatieKeuze', e.target.value)}
              >
                <option value="">— Geen locatie —</option>
                {LOCATIES.map((l) => (
                  <option key={l.code} value={l.code}>
                    {l.naam} ({l.code})
                  </option>
                ))}
                <option value={ANDERE_LOCATIE}>Andere locatie…</option>
              </select>
              {anders && (
                <div className="veld__vervolg">
                  <label htmlFor="veld-plaats.locatieCodeAnders" className="veld__label">
                    Code van de andere locatie
                  </label>
                  <input
                    id="veld-plaats.locatieCodeAnders"
                    name="plaats.locatieCodeAnders"
                    type="text"
                    autoComplete="off"
                    spellCheck={false}
                    maxLength={30}
                    value={waarden.locatieAnders}
                    onChange={(e) => opWijzig('locatieAnders', e.target.value)}
                    aria-invalid={p['aria-invalid']}
                    aria-describedby={[p['aria-describedby'], 'hint-plaats.locatieCodeAnders']
                      .filter(Boolean)
                      .join(' ')}
                    data-testid="plaats.locatieCodeAnders"
                  />
                  <p className="veld__hint" id="hint-plaats.locatieCodeAnders" aria-live="polite">
                    {code ? (
                      <>
                        Wordt vastgelegd als <code>{code}</code>
                      </>
                    ) : (
                      'Bijvoorbeeld ZOETERMEER of AZC_ASSEN.'
                    )}
                  </p>
                </div>
              )}
            </>
          )}
        </Veld>
      </div>
      <details
        className="uitklap"
        open={coordinatenOpen || coordinaatFout}
        onToggle={(e) => setCoordinatenOpen(e.currentTarget.open)}
      >
        <summary>Coördinaten (optioneel)</summary>
        <div className="raster raster--2">
          <Veld veld="plaats.breedtegraad" label="Breedtegraad" hint="Bijvoorbeeld 52,8745" fouten={fouten}>
            {(p) => (
              <input
                {...p}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                maxLength={20}
                value={waarden.breedtegraad}
                onChange={(e) => opWijzig('breedtegraad', e.target.value)}
              />
            )}
          </Veld>
          <Veld veld="plaats.lengtegraad" label="Lengtegraad" hint="Bijvoorbeeld 7,0593" fouten={fouten}>
            {(p) => (
              <input
                {...p}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                maxLength={20}
                value={waarden.lengtegraad}
                onChange={(e) => opWijzig('lengtegraad', e.target.value)}
              />
            )}
          </Veld>
        </div>
      </details>
    </fieldset>
  );
}
