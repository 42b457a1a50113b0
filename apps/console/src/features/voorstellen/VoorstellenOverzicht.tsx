import { useEffect, useMemo, useState } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useSessie } from '../../app/auth';
import { foutTekst } from '../../app/fouten';
import { formatTijdstip, locatieNaam, organisatieKort } from '../../app/opmaak';
import { magKernteamwerkZien, magVoorstellenBeslissen } from '../../app/rechten';
import { navigeer, pad } from '../../app/router';
import { VOORSTEL_STATUS_LABEL } from '../casusregie/labels';
import { hoofdfout, Succesmelding } from '../casusregie/onderdelen';
import { ErnstLabel, VptLabel } from '../signalen/onderdelen';
import { groepOmschrijving, GroepscasusOpenen, VoorstelItem } from './Voorstel';
import { CASUS_VOORSTELLEN, type CasusVoorstel } from './voorstellen.graphql';

const STATUS_KEUZES = ['OPEN', 'BEVESTIGD', 'GEKOPPELD', 'AFGEWEZEN'] as const;

function leesStatus(zoek: string): string {
  const s = new URLSearchParams(zoek).get('status') ?? 'OPEN';
  return s === 'ALLE' || (STATUS_KEUZES as readonly string[]).includes(s) ? s : 'OPEN';
}

/** Proposals grouped by their signal, in the service's order (newest first). */
function perSignaal(voorstellen: readonly CasusVoorstel[]): CasusVoorstel[][] {
  const groepen = new Map<string, CasusVoorstel[]>();
  for (const v of voorstellen) {
    const lijst = groepen.get(v.signaalId);
    if (lijst) lijst.push(v);
    else groepen.set(v.signaalId, [v]);
  }
  return [...groepen.values()];
}

function SignaalGroep({
  voorstellen,
  magBeslissen,
  opMelding,
}: {
  readonly voorstellen: readonly CasusVoorstel[];
  readonly magBeslissen: boolean;
  readonly opMelding: (melding: string) => void;
}) {
  const [groepOpen, setGroepOpen] = useState(false);
  const eerste = voorstellen[0];
  if (!eerste) return null;
  const openVoorstellen = voorstellen.filter((v) => v.status === 'OPEN');
  const locatie = locatieNaam(eerste.locatieCode);
  return (
    <section
      className="kaart voorstelgroep"
      data-testid={`voorstelgroep-${eerste.signaalId}`}
      aria-label={`Signaal ${eerste.categorieLabel}`}
    >
      <div className="voorstelgroep__kop">
        <div>
          <p className="dienstblok__dienst">
            Signaal · {organisatieKort(eerste.bronOrganisatie)}
            {eerste.groepsgrootte > 1 && <> · groep van {eerste.groepsgrootte} personen</>}
          </p>
          <h2 className="voorstelgroep__titel">
            <a href={pad.signaal(eerste.signaalId)} data-testid={`voorstel-signaal-${eerste.signaalId}`}>
              {eerste.categorieLabel}
            </a>
          </h2>
          <p className="labels">
            <ErnstLabel ernst={eerste.ernst} />
            {eerste.vpt && <VptLabel />}
            {eerste.groepsgrootte > 1 && (
              <span className="label label--groep">groep: {eerste.groepsgrootte}</span>
            )}
          </p>
          <p className="klein gedempt">
            Incident <time dateTime={eerste.tijdstipIncident}>{formatTijdstip(eerste.tijdstipIncident)}</time>
            {locatie && <> · {locatie}</>} · voorgesteld{' '}
            <time dateTime={eerste.aangemaaktOp}>{formatTijdstip(eerste.aangemaaktOp)}</time>
          </p>
          {/* Rendered as text by React: never as HTML. */}
          {eerste.omschrijving && <p className="voorstelgroep__omschrijving">{eerste.omschrijving}</p>}
        </div>
        {magBeslissen && eerste.groepsgrootte > 1 && openVoorstellen.length > 1 && (
          <button
            type="button"
            className="knop knop--secundair knop--klein"
            aria-expanded={groepOpen}
            onClick={() => setGroepOpen((g) => !g)}
            data-testid={`groepscasus-openen-${eerste.signaalId}`}
          >
            Groepscasus openen
          </button>
        )}
      </div>
      {groepOpen && (
        <GroepscasusOpenen
          signaalId={eerste.signaalId}
          standaardOmschrijving={groepOmschrijving(eerste)}
          aantal={openVoorstellen.length}
          locatieCode={eerste.locatieCode}
          opAnnuleer={() => setGroepOpen(false)}
        />
      )}
      <div className="voorstelgroep__lijst">
        {voorstellen.map((v) => (
          <VoorstelItem key={v.id} voorstel={v} magBeslissen={magBeslissen} opMelding={opMelding} />
        ))}
      </div>
    </section>
  );
}

export function VoorstellenOverzicht({ zoek }: { readonly zoek: string }) {
  const sessie = useSessie();
  const status = leesStatus(zoek);
  const { data, loading, error, refetch, networkStatus } = useQuery(CASUS_VOORSTELLEN, {
    variables: { status: status === 'ALLE' ? [...STATUS_KEUZES] : [status] },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
    notifyOnNetworkStatusChange: true,
  });
  const [melding, setMelding] = useState<string | null>(null);
  const groepen = useMemo(() => perSignaal(data?.casusVoorstellen ?? []), [data]);
  const fout = hoofdfout(error);
  const magBeslissen = magVoorstellenBeslissen(sessie.persona);

  useEffect(() => {
    document.title = 'Voorstellen — Ketenbeeld';
  }, []);

  if (!magKernteamwerkZien(sessie.persona)) {
    return (
      <section aria-labelledby="voorstellen-titel">
        <h1 id="voorstellen-titel">Voorstellen</h1>
        <p className="melding melding--info" data-testid="voorstellen-geen-toegang">
          Casusvoorstellen zijn voor het kernteam (IND, COA, DT&amp;V) en de landelijke regie.
        </p>
      </section>
    );
  }

  const aantal = data?.casusVoorstellen.length ?? 0;
  return (
    <section aria-labelledby="voorstellen-titel">
      <div className="paginakop">
        <div>
          <h1 id="voorstellen-titel">Voorstellen</h1>
          <p className="inleiding">
            Bij elk nieuw signaal over iemand zonder lopende casus beoordeelt Ketenbeeld of de persoon tot de
            doelgroep van het kernteam hoort (R20, R17). Een mens beslist: casus openen of afwijzen.
          </p>
        </div>
        <div className="paginakop__acties">
          <div className="veld veld--inline">
            <label htmlFor="voorstellen-status" className="veld__label">
              Toon
            </label>
            <select
              id="voorstellen-status"
              value={status}
              onChange={(e) =>
                navigeer(
                  pad.voorstellen(
                    e.target.value === 'OPEN' ? undefined : new URLSearchParams({ status: e.target.value }),
                  ),
                )
              }
              data-testid="voorstellen-filter-status"
            >
              {STATUS_KEUZES.map((s) => (
                <option key={s} value={s}>
                  {VOORSTEL_STATUS_LABEL[s]}
                </option>
              ))}
              <option value="ALLE">Alle</option>
            </select>
          </div>
          <button
            type="button"
            className="knop knop--secundair"
            onClick={() => void refetch()}
            disabled={loading}
            data-testid="voorstellen-vernieuwen"
          >
            {networkStatus === NetworkStatus.refetch ? 'Vernieuwen…' : 'Vernieuwen'}
          </button>
        </div>
      </div>
      {melding && <Succesmelding tekst={melding} testid="voorstellen-succes" />}
      {fout !== undefined && (
        <div className="melding melding--fout" role="alert" data-testid="fout-voorstellen">
          <p>De voorstellen konden niet worden opgehaald. {foutTekst(fout)}</p>
        </div>
      )}
      {loading && data === undefined && (
        <p className="laden" role="status">
          Voorstellen worden geladen…
        </p>
      )}
      {data !== undefined && aantal === 0 && (
        <div className="kaart leeg" data-testid="voorstellen-leeg">
          <p>{status === 'OPEN' ? 'Er zijn geen open voorstellen.' : 'Geen voorstellen met deze status.'}</p>
        </div>
      )}
      {aantal > 0 && (
        <p className="gedempt" role="status" data-testid="voorstellen-aantal">
          {aantal === 1 ? '1 voorstel' : `${aantal} voorstellen`} bij{' '}
          {groepen.length === 1 ? '1 signaal' : `${groepen.length} signalen`}.
        </p>
      )}
      {groepen.map((g) => (
        <SignaalGroep
          key={g[0]?.signaalId}
          voorstellen={g}
          magBeslissen={magBeslissen}
          opMelding={setMelding}
        />
      ))}
    </section>
  );
}
