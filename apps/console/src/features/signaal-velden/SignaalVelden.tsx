import { Veld, type Veldfouten } from '../../app/formulier';
import { ERNST_NIVEAUS, nuAlsAmsterdamLokaal } from '../../app/opmaak';
import { labelVan, MAX_OMSCHRIJVING, MAX_PV_NUMMER } from '../nieuw-signaal/validatie';

/** Fields of a signal shared by the registration form and the correction form. */
interface VeldBasis {
  readonly waarde: string;
  readonly fouten: Veldfouten;
  readonly opWijzig: (waarde: string) => void;
}

/** The optional subcategory; nothing when the chosen category has none. */
export function SubcategorieVeld({
  subcategorieen,
  waarde,
  fouten,
  opWijzig,
}: VeldBasis & { readonly subcategorieen: readonly { readonly code: string; readonly label: string }[] }) {
  if (subcategorieen.length === 0) return null;
  return (
    <Veld veld="subcategorie" label={labelVan('subcategorie')} fouten={fouten} optioneel>
      {(p) => (
        <select {...p} value={waarde} onChange={(e) => opWijzig(e.target.value)}>
          <option value="">— Geen subcategorie —</option>
          {subcategorieen.map((s) => (
            <option key={s.code} value={s.code}>
              {s.label}
            </option>
          ))}
        </select>
      )}
    </Veld>
  );
}

/** The COA impact level; `leegOptie` adds an empty first choice. */
export function ErnstVeld({
  waarde,
  fouten,
  opWijzig,
  leegOptie,
}: VeldBasis & { readonly leegOptie?: string }) {
  return (
    <Veld
      veld="ernst"
      label={labelVan('ernst')}
      hint="Het COA-impactniveau van het incident."
      fouten={fouten}
      verplicht
    >
      {(p) => (
        <select {...p} value={waarde} onChange={(e) => opWijzig(e.target.value)}>
          {leegOptie !== undefined && <option value="">{leegOptie}</option>}
          {ERNST_NIVEAUS.map((n) => (
            <option key={n.waarde} value={String(n.waarde)}>
              {n.waarde} – {n.label}
            </option>
          ))}
        </select>
      )}
    </Veld>
  );
}

/** A date and time (Amsterdam wall-clock), at most a few minutes in the future. */
export function TijdstipVeld({
  veld,
  hint,
  verplicht,
  optioneel,
  waarde,
  fouten,
  opWijzig,
}: VeldBasis & {
  readonly veld: 'tijdstipIncident' | 'tijdstipMelding';
  readonly hint: string;
  readonly verplicht?: boolean;
  readonly optioneel?: boolean;
}) {
  return (
    <Veld
      veld={veld}
      label={labelVan(veld)}
      hint={hint}
      fouten={fouten}
      verplicht={verplicht}
      optioneel={optioneel}
    >
      {(p) => (
        <input
          {...p}
          type="datetime-local"
          value={waarde}
          max={nuAlsAmsterdamLokaal(Date.now() + 5 * 60 * 1000)}
          onChange={(e) => opWijzig(e.target.value)}
        />
      )}
    </Veld>
  );
}

/** What happened. */
export function OmschrijvingVeld({
  hint,
  rijen,
  waarde,
  fouten,
  opWijzig,
}: VeldBasis & { readonly hint?: string; readonly rijen: number }) {
  return (
    <Veld veld="omschrijving" label={labelVan('omschrijving')} hint={hint} fouten={fouten} verplicht>
      {(p) => (
        <textarea
          {...p}
          rows={rijen}
          maxLength={MAX_OMSCHRIJVING}
          value={waarde}
          onChange={(e) => opWijzig(e.target.value)}
        />
      )}
    </Veld>
  );
}

/** The police report number, indented under the "aangifte" checkbox. */
export function PvNummerVeld({ hint, waarde, fouten, opWijzig }: VeldBasis & { readonly hint?: string }) {
  return (
    <Veld
      veld="pvNummer"
      label={labelVan('pvNummer')}
      hint={hint}
      fouten={fouten}
      verplicht
      className="veld--ingesprongen"
    >
      {(p) => (
        <input
          {...p}
          type="text"
          autoComplete="off"
          maxLength={MAX_PV_NUMMER}
          className="invoer--middel"
          value={waarde}
          onChange={(e) => opWijzig(e.target.value)}
        />
      )}
    </Veld>
  );
}
