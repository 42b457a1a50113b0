import { useQuery } from '@apollo/client/react';
import { pad } from '../../app/router';
import { CASUSSEN } from '../casussen/casussen.graphql';
import { StatusLabel } from '../casusregie/onderdelen';
import { PersoonNaam } from '../casusregie/PersoonNaam';

/** The other cases of a group case (one event, e.g. the bus incident), each linking to its page. */
export function Groep({ casusId, groepId }: { readonly casusId: string; readonly groepId: string }) {
  const { data, loading } = useQuery(CASUSSEN, {
    variables: { filter: { groepId }, eerste: 200 },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  const leden = data?.casussen.items ?? [];
  return (
    <section className="kaart" aria-labelledby="groep-titel" data-testid="casus-groep">
      <h2 id="groep-titel">
        Groepscasus{' '}
        {data && (
          <span className="legend__aantal">
            ({leden.length === 1 ? '1 casus' : `${leden.length} casussen`})
          </span>
        )}
      </h2>
      {loading && !data ? (
        <p className="laden" role="status">
          Casussen van de groep worden opgehaald…
        </p>
      ) : (
        <ul className="groepsleden">
          {leden.map((c) => (
            <li key={c.id} data-testid={`groepslid-${c.id}`}>
              {c.id === casusId ? (
                <strong>
                  <PersoonNaam persoon={c.persoon} link={false} /> (deze casus)
                </strong>
              ) : (
                <a href={pad.casus(c.id)}>
                  <PersoonNaam persoon={c.persoon} link={false} />
                </a>
              )}{' '}
              <StatusLabel status={c.status} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
