import { useQuery } from '@apollo/client/react';
import { pad } from '../../app/router';
import { persoonTekst } from '../signalen/onderdelen';
import { PERSOON_KORT, type PersoonKort } from './persoonKort.graphql';

function heeftNaam(p: PersoonKort): boolean {
  return Boolean(p.vNummer || p.naam || p.coaNummer || p.omschrijving);
}

/**
 * A person as casusregie shows them: V-nummer or name, linking to the person page. The name comes
 * federated with the casusregie object; when the gateway could not fill it in, it is asked of the
 * signalen service directly (not cached, so a later list refresh cannot blank it again).
 */
export function PersoonNaam({
  persoon,
  link = true,
  metNationaliteit = false,
}: {
  readonly persoon: PersoonKort;
  readonly link?: boolean;
  readonly metNationaliteit?: boolean;
}) {
  const aanvullen = !heeftNaam(persoon);
  const { data, loading } = useQuery(PERSOON_KORT, {
    variables: { id: persoon.id },
    skip: !aanvullen,
    fetchPolicy: 'no-cache',
    errorPolicy: 'all',
  });
  const p: PersoonKort = aanvullen && data?.persoon ? data.persoon : persoon;
  const tekst = heeftNaam(p)
    ? persoonTekst({
        vNummer: p.vNummer ?? null,
        naam: p.naam ?? null,
        coaNummer: p.coaNummer ?? null,
        omschrijving: p.omschrijving ?? null,
      })
    : loading
      ? 'Persoon…'
      : `Persoon ${persoon.id.slice(0, 8)}`;
  const titel = [p.vNummer && `V-nummer ${p.vNummer}`, p.naam, p.nationaliteit].filter(Boolean).join(' · ');
  const inhoud = (
    <>
      {tekst}
      {metNationaliteit && p.nationaliteit && <span className="gedempt"> ({p.nationaliteit})</span>}
    </>
  );
  if (!link) return <span title={titel || undefined}>{inhoud}</span>;
  return (
    <a href={pad.persoon(persoon.id)} title={titel || undefined} data-testid={`persoon-${persoon.id}`}>
      {inhoud}
    </a>
  );
}
