import { ernstLabel, locatieNaam } from '../../app/opmaak';
import { pad } from '../../app/router';
import type { Plaats } from './signalen.graphql';

/** The shortest useful name of a person: V-nummer, name, COA number or description. */
export function persoonTekst(p: {
  readonly vNummer: string | null;
  readonly naam: string | null;
  readonly coaNummer?: string | null;
  readonly omschrijving?: string | null;
}): string {
  return (
    p.vNummer ??
    p.naam ??
    (p.coaNummer ? `COA-nummer ${p.coaNummer}` : null) ??
    (p.omschrijving ? `“${p.omschrijving}”` : null) ??
    'Onbekende persoon'
  );
}

export function PersoonLink({
  persoon,
}: {
  persoon: {
    readonly id: string;
    readonly vNummer: string | null;
    readonly naam: string | null;
    readonly nationaliteit?: string | null;
    readonly coaNummer?: string | null;
    readonly omschrijving?: string | null;
  };
}) {
  const titel = [
    persoon.vNummer && `V-nummer ${persoon.vNummer}`,
    persoon.naam,
    persoon.coaNummer && `COA-nummer ${persoon.coaNummer}`,
    persoon.nationaliteit,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <a href={pad.persoon(persoon.id)} data-testid={`persoon-${persoon.id}`} title={titel || undefined}>
      {persoonTekst(persoon)}
      {persoon.nationaliteit && <span className="gedempt"> ({persoon.nationaliteit})</span>}
    </a>
  );
}

/** COA impact level as a badge; 3 and 4 stand out. */
export function ErnstLabel({ ernst }: { ernst: number | null | undefined }) {
  if (ernst === null || ernst === undefined) return <span className="gedempt">—</span>;
  return (
    <span className={`label label--ernst label--ernst-${ernst}`} title="COA-impactniveau">
      <span className="visueel-verborgen">Ernst </span>
      {ernstLabel(ernst)}
    </span>
  );
}

export function VptLabel() {
  return (
    <abbr
      className="label label--vpt"
      title="Veilige Publieke Taak: geweld tegen iemand met een publieke taak"
    >
      VPT
    </abbr>
  );
}

export function IngetrokkenLabel() {
  return <span className="label label--ingetrokken">ingetrokken</span>;
}

/** "Westerwolde · Ter Apel (aanmeldcentrum)"; null when no place is known. */
export function plaatsTekst(plaats: Plaats | null): string | null {
  if (!plaats) return null;
  const delen = [plaats.gemeente, locatieNaam(plaats.locatieCode)].filter(Boolean);
  return delen.length ? delen.join(' · ') : null;
}
