import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSessie } from '../../app/auth';
import { foutTekst } from '../../app/fouten';
import { magKernteamwerkZien, magVoorstellenBeslissen } from '../../app/rechten';
import { pad } from '../../app/router';
import { hoofdfout, Succesmelding } from '../casusregie/onderdelen';
import { groepOmschrijving, GroepscasusOpenen, VoorstelItem } from './Voorstel';
import { CASUS_VOORSTELLEN } from './voorstellen.graphql';

const ALLE_STATUSSEN = ['OPEN', 'BEVESTIGD', 'GEKOPPELD', 'AFGEWEZEN'];
/** A new signal travels signalen → outbox → queue → casusregie: look again for a while. */
const POLL_MS = 3_000;
const POLL_DUUR_MS = 90_000;

/**
 * On the signal page: the case proposals this signal gave rise to, with "Casus openen" for the
 * kernteam and a link to the case once it exists — the way from a signal to a case.
 */
export function SignaalVoorstellen({ signaalId }: { readonly signaalId: string }) {
  const sessie = useSessie();
  const zichtbaar = magKernteamwerkZien(sessie.persona);
  const magBeslissen = magVoorstellenBeslissen(sessie.persona);
  const { data, error, loading, startPolling, stopPolling } = useQuery(CASUS_VOORSTELLEN, {
    variables: { signaalId, status: ALLE_STATUSSEN },
    skip: !zichtbaar,
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  const [melding, setMelding] = useState<string | null>(null);
  const [groepOpen, setGroepOpen] = useState(false);
  const voorstellen = data?.casusVoorstellen ?? [];
  const leeg = data !== undefined && voorstellen.length === 0;
  const [begonnen] = useState(() => Date.now());

  useEffect(() => {
    if (!zichtbaar || !leeg || Date.now() - begonnen > POLL_DUUR_MS) {
      stopPolling();
      return undefined;
    }
    startPolling(POLL_MS);
    const stop = window.setTimeout(stopPolling, Math.max(0, POLL_DUUR_MS - (Date.now() - begonnen)));
    return () => {
      window.clearTimeout(stop);
      stopPolling();
    };
  }, [zichtbaar, leeg, begonnen, startPolling, stopPolling]);

  if (!zichtbaar) return null;
  const fout = hoofdfout(error);
  const open = voorstellen.filter((v) => v.status === 'OPEN');
  const eerste = voorstellen[0];
  const casusIds = [...new Set(voorstellen.map((v) => v.casusId).filter((id): id is string => Boolean(id)))];

  return (
    <section className="kaart" aria-labelledby="signaal-voorstellen-titel" data-testid="signaal-voorstellen">
      <h2 id="signaal-voorstellen-titel">Casusvoorstellen</h2>
      {melding && <Succesmelding tekst={melding} testid="signaal-voorstellen-succes" />}
      {fout !== undefined && (
        <p className="melding melding--fout" role="alert" data-testid="fout-signaal-voorstellen">
          De voorstellen konden niet worden opgehaald. {foutTekst(fout)}
        </p>
      )}
      {loading && data === undefined && (
        <p className="laden" role="status">
          Voorstellen worden opgehaald…
        </p>
      )}
      {leeg && (
        <p className="leeg" data-testid="signaal-voorstellen-leeg">
          Nog geen voorstel bij dit signaal. Een nieuw signaal wordt binnen enkele seconden beoordeeld; een
          signaal over iemand met een lopende casus komt direct op die casus.
        </p>
      )}
      {casusIds.length > 0 && (
        <p className="signaal-voorstellen__casussen">
          {casusIds.map((id) => (
            <a
              key={id}
              href={pad.casus(id)}
              className="knop knop--secundair knop--klein"
              data-testid={`signaal-casus-${id}`}
            >
              Naar casus {id.slice(0, 8)} ›
            </a>
          ))}
        </p>
      )}
      {magBeslissen && eerste && eerste.groepsgrootte > 1 && open.length > 1 && (
        <div className="actieknoppen">
          <button
            type="button"
            className="knop knop--secundair knop--klein"
            aria-expanded={groepOpen}
            onClick={() => setGroepOpen((g) => !g)}
            data-testid={`groepscasus-openen-${signaalId}`}
          >
            Groepscasus openen
          </button>
        </div>
      )}
      {groepOpen && eerste && (
        <GroepscasusOpenen
          signaalId={signaalId}
          standaardOmschrijving={groepOmschrijving(eerste)}
          aantal={open.length}
          locatieCode={eerste.locatieCode}
          opAnnuleer={() => setGroepOpen(false)}
        />
      )}
      {voorstellen.map((v) => (
        <VoorstelItem key={v.id} voorstel={v} magBeslissen={magBeslissen} opMelding={setMelding} />
      ))}
    </section>
  );
}
