import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Dialoog } from '../../app/Dialoog';
import { Veld, zonder, type FormulierFout } from '../../app/formulier';
import { formatDatum } from '../../app/opmaak';
import { Formulierfouten, GEEN_FOUT, veldKoppeling, veldNamen } from '../casusregie/onderdelen';
import { DATUM_PATROON, vandaag } from '../casusregie/tijd';
import { BEEINDIG_PLAATSING } from './beeindigPlaatsing.graphql';
import { KEUR_PLAATSING_GOED } from './keurPlaatsingGoed.graphql';
import { planningFout } from './onderdelen';
import { PLAATSINGEN, type Plaatsing } from './plaatsingen.graphql';
import { START_PLAATSING } from './startPlaatsing.graphql';
import { WIJS_PLAATSING_AF } from './wijsPlaatsingAf.graphql';

/** What can be done with a placement, by its status (the service refuses anything else). */
export type PlaatsingActieSoort = 'goedkeuren' | 'starten' | 'beeindigen' | 'afwijzen';

export function actiesVoor(status: string): readonly PlaatsingActieSoort[] {
  switch (status) {
    case 'VOORGESTELD':
    case 'AANGEBODEN':
      return ['goedkeuren', 'afwijzen'];
    case 'WACHTLIJST':
      return ['afwijzen'];
    case 'GOEDGEKEURD':
      return ['starten', 'afwijzen'];
    case 'ACTIEF':
      return ['beeindigen'];
    default:
      return [];
  }
}

export const ACTIE_KNOP: Readonly<Record<PlaatsingActieSoort, string>> = {
  goedkeuren: 'Goedkeuren',
  starten: 'Starten',
  beeindigen: 'Beëindigen',
  afwijzen: 'Afwijzen',
};

const TITEL: Readonly<Record<PlaatsingActieSoort, string>> = {
  goedkeuren: 'Plaatsing goedkeuren',
  starten: 'Plaatsing starten',
  beeindigen: 'Plaatsing beëindigen',
  afwijzen: 'Plaatsing afwijzen',
};

const UITLEG: Readonly<Record<PlaatsingActieSoort, string>> = {
  goedkeuren:
    'De regels en de capaciteit worden opnieuw gecontroleerd. Vervangt de plaatsing een andere, dan eindigt die de dag vóór de start.',
  starten: 'De persoon is aangekomen: de plaatsing wordt actief en haar termijn gaat lopen.',
  beeindigen:
    'De plaatsing eindigt op de gekozen dag; de vrijgekomen plaats gaat naar de eerste geschikte persoon op de wachtlijst.',
  afwijzen: 'Het voorstel, de wachtlijstplaats of het aanbod vervalt. Een vastgehouden plaats komt vrij.',
};

const V = { op: 'plaatsing-op', reden: 'plaatsing-reden', toelichting: 'plaatsing-toelichting' } as const;

/**
 * One action on a placement in a dialog: approve (optional note), start (date), end (date and
 * reason) or reject (reason). Refusals show per field, or in a banner with the service's reasons.
 */
export function PlaatsingActie({
  plaatsing,
  soort,
  opKlaar,
  opSluiten,
}: {
  readonly plaatsing: Plaatsing;
  readonly soort: PlaatsingActieSoort;
  readonly opKlaar: (melding: string) => void;
  readonly opSluiten: () => void;
}) {
  // Not before the placement's start (the service refuses that): today, or the start when it lies ahead.
  const [op, setOp] = useState(() => (plaatsing.van > vandaag() ? plaatsing.van : vandaag()));
  const [reden, setReden] = useState('');
  const [toelichting, setToelichting] = useState('');
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const opties = { refetchQueries: [PLAATSINGEN], awaitRefetchQueries: true };
  const [keurGoed, k] = useMutation(KEUR_PLAATSING_GOED, opties);
  const [start, s] = useMutation(START_PLAATSING, opties);
  const [beeindig, b] = useMutation(BEEINDIG_PLAATSING, opties);
  const [wijsAf, a] = useMutation(WIJS_PLAATSING_AF, opties);
  const bezig = k.loading || s.loading || b.loading || a.loading;
  const metDatum = soort === 'starten' || soort === 'beeindigen';
  const metReden = soort === 'beeindigen' || soort === 'afwijzen';

  async function bevestig() {
    if (bezig) return;
    const velden: Record<string, string[]> = {};
    if (metDatum && !DATUM_PATROON.test(op)) velden[V.op] = ['Vul een geldige datum in.'];
    if (metReden && reden.trim().length === 0) velden[V.reden] = ['Geef een reden.'];
    if (Object.keys(velden).length) {
      setFout({ velden, samenvatting: null, banner: null });
      document.getElementById(`veld-${Object.values(V).find((v) => v in velden)}`)?.focus();
      return;
    }
    setFout(GEEN_FOUT);
    try {
      const id = plaatsing.id;
      let status: string | undefined;
      if (soort === 'goedkeuren')
        status = (await keurGoed({ variables: { id, toelichting: toelichting.trim() || null } })).data
          ?.keurPlaatsingGoed.statusLabel;
      else if (soort === 'starten')
        status = (await start({ variables: { id, op } })).data?.startPlaatsing.statusLabel;
      else if (soort === 'beeindigen')
        status = (await beeindig({ variables: { id, op, reden: reden.trim() } })).data?.beeindigPlaatsing
          .statusLabel;
      else
        status = (await wijsAf({ variables: { id, reden: reden.trim() } })).data?.wijsPlaatsingAf.statusLabel;
      if (!status) throw new Error('De server gaf geen antwoord.');
      opKlaar(`Plaatsing in ${plaatsing.locatieNaam}: ${status.toLowerCase()}.`);
    } catch (err) {
      setFout(
        planningFout(
          err,
          `${TITEL[soort]} is niet gelukt:`,
          veldKoppeling(V),
          veldNamen({ [V.op]: 'Datum', [V.reden]: 'Reden', [V.toelichting]: 'Toelichting', id: 'Plaatsing' }),
        ),
      );
    }
  }

  return (
    <Dialoog open titel={`${TITEL[soort]}?`} opSluiten={opSluiten} testid="plaatsing-dialoog">
      <p>
        <strong>{plaatsing.locatieNaam}</strong>, {formatDatum(plaatsing.van)}
        {plaatsing.tot ? ` t/m ${formatDatum(plaatsing.tot)}` : ' (open einde)'} — nu{' '}
        {plaatsing.statusLabel.toLowerCase()}.
      </p>
      <p className="gedempt">{UITLEG[soort]}</p>
      <Formulierfouten fout={fout} testid="plaatsing-actie" />
      {metDatum && (
        <Veld
          veld={V.op}
          label={soort === 'starten' ? 'Aangekomen op' : 'Laatste dag'}
          hint={soort === 'starten' ? `Niet vóór de begindatum ${formatDatum(plaatsing.van)}.` : undefined}
          fouten={fout.velden}
          verplicht
        >
          {(p) => (
            <input
              {...p}
              type="date"
              className="invoer--middel"
              min={plaatsing.van}
              value={op}
              onChange={(e) => {
                setOp(e.target.value);
                setFout((f) => ({ ...f, velden: zonder(f.velden, V.op) }));
              }}
            />
          )}
        </Veld>
      )}
      {metReden && (
        <Veld
          veld={V.reden}
          label="Reden"
          hint="Minstens 3 tekens; blijft bewaard in de geschiedenis."
          fouten={fout.velden}
          verplicht
        >
          {(p) => (
            <textarea
              {...p}
              rows={2}
              maxLength={2000}
              value={reden}
              onChange={(e) => {
                setReden(e.target.value);
                setFout((f) => ({ ...f, velden: zonder(f.velden, V.reden) }));
              }}
            />
          )}
        </Veld>
      )}
      {soort === 'goedkeuren' && (
        <Veld veld={V.toelichting} label="Toelichting" fouten={fout.velden} optioneel>
          {(p) => (
            <textarea
              {...p}
              rows={2}
              maxLength={2000}
              value={toelichting}
              onChange={(e) => setToelichting(e.target.value)}
            />
          )}
        </Veld>
      )}
      <div className="formulier__acties">
        <button
          type="button"
          className={`knop ${soort === 'afwijzen' || soort === 'beeindigen' ? 'knop--gevaar-vol' : 'knop--primair'}`}
          onClick={() => void bevestig()}
          disabled={bezig}
          data-testid="plaatsing-bevestigen"
        >
          {bezig ? 'Bezig…' : `Ja, ${ACTIE_KNOP[soort].toLowerCase()}`}
        </button>
        <button
          type="button"
          className="knop knop--secundair"
          onClick={opSluiten}
          data-testid="plaatsing-annuleren"
        >
          Nee, terug
        </button>
      </div>
    </Dialoog>
  );
}
