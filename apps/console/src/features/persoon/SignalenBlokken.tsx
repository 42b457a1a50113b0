import { codeAlsTekst, formatTijdstip, locatieNaam, organisatieKort } from '../../app/opmaak';
import { pad } from '../../app/router';
import { ErnstLabel, IngetrokkenLabel, VptLabel } from '../signalen/onderdelen';
import { bronSignaalMeldingen, bronSignalen, bronZsmSignaalOverzicht } from './ketenbeeld';
import { aantalTekst, CompacteTabel, Ketenblok, type BlokStaat } from './Ketenblok';
import type { Ketenbeeld, PersoonSignaal } from './persoon.graphql';

function plaatsTekst(plaats: PersoonSignaal['plaats']): string {
  return [plaats.gemeente, locatieNaam(plaats.locatieCode)].filter(Boolean).join(' · ') || '—';
}

/** Category labels from the person's own signals (no extra query); readable codes otherwise. */
export function categorieLabels(p: Ketenbeeld): (code: string) => string {
  const labels = new Map((p.signalen ?? []).map((s) => [s.categorie, s.categorieLabel]));
  return (code) => labels.get(code) ?? codeAlsTekst(code);
}

function staatVan(
  fout: string | undefined,
  opnieuw: () => unknown,
  leeg: boolean,
  leegTekst: string,
): BlokStaat {
  if (fout) return { soort: 'fout', melding: fout, opnieuw };
  if (leeg) return { soort: 'leeg', tekst: leegTekst };
  return { soort: 'inhoud' };
}

/** Every signal about the person the viewer may see (signalen), newest incident first. */
export function SignalenBlok({
  persoon,
  alleSignalen,
  fout,
  opnieuw,
}: {
  readonly persoon: Ketenbeeld;
  /** The viewer sees every signal; else only those of their own organisation (said in the block). */
  readonly alleSignalen: boolean;
  readonly fout: string | undefined;
  readonly opnieuw: () => unknown;
}) {
  const signalen = [...(persoon.signalen ?? [])].sort(
    (a, b) => Date.parse(b.tijdstipIncident) - Date.parse(a.tijdstipIncident),
  );
  return (
    <Ketenblok
      sleutel="signalen"
      titel="Signalen"
      aantal={aantalTekst(signalen.length, 'signaal', 'signalen')}
      bron={bronSignalen(persoon)}
      staat={staatVan(
        fout,
        opnieuw,
        signalen.length === 0,
        'Geen signalen over deze persoon die u mag zien.',
      )}
    >
      {!alleSignalen && (
        <p className="klein gedempt" data-testid="signalen-alleen-eigen">
          U ziet alleen de signalen die uw organisatie heeft gemeld.
        </p>
      )}
      <CompacteTabel
        bijschrift="Signalen over deze persoon, nieuwste incident eerst"
        koppen={['Incident', 'Categorie', 'Ernst', 'Plaats', 'Gemeld door']}
        testid="ketenbeeld-signalen"
      >
        {signalen.map((s) => (
          <tr
            key={s.id}
            className={s.status === 'INGETROKKEN' ? 'signaal--ingetrokken' : undefined}
            data-testid={`ketenbeeld-signaal-${s.id}`}
            data-bron={s.bronOrganisatie}
          >
            <td className="nowrap">
              <a href={pad.signaal(s.id)} data-testid={`signaal-link-${s.id}`}>
                <time dateTime={s.tijdstipIncident}>{formatTijdstip(s.tijdstipIncident)}</time>
              </a>
            </td>
            <td>
              {s.categorieLabel}
              {s.subcategorieLabel && <span className="klein gedempt">{s.subcategorieLabel}</span>}
              {(s.vpt || s.status === 'INGETROKKEN' || s.versie > 1) && (
                <span className="labels">
                  {s.vpt && <VptLabel />}
                  {s.status === 'INGETROKKEN' && <IngetrokkenLabel />}
                  {s.versie > 1 && (
                    <span
                      className="label label--gedempt"
                      title="Het signaal is na registratie aangevuld of gecorrigeerd"
                    >
                      versie {s.versie}
                    </span>
                  )}
                </span>
              )}
            </td>
            <td>
              <ErnstLabel ernst={s.ernst} />
            </td>
            <td>{plaatsTekst(s.plaats)}</td>
            <td>
              {organisatieKort(s.bronOrganisatie)}
              <span className="klein gedempt ketenbeeld-signalen__referentie">
                <span className="visueel-verborgen">Kenmerk van de melder: </span>
                {s.bronReferentie}
              </span>
              <span className="klein gedempt">
                geregistreerd <time dateTime={s.geregistreerdOp}>{formatTijdstip(s.geregistreerdOp)}</time>
              </span>
            </td>
          </tr>
        ))}
      </CompacteTabel>
    </Ketenblok>
  );
}

/** What reached the kernteam (casusregie): when it came in and where it stands. */
export function SignaalMeldingenBlok({
  persoon,
  fout,
  opnieuw,
}: {
  readonly persoon: Ketenbeeld;
  readonly fout: string | undefined;
  readonly opnieuw: () => unknown;
}) {
  const meldingen = persoon.signaalMeldingen ?? [];
  const label = categorieLabels(persoon);
  // Where each signal stands on the viewer's cases (SignaalMelding.status itself stays NIEUW).
  const casussen = persoon.casussen ?? [];
  const opCasus = new Map(
    casussen.flatMap((c) => c.signalen.map((s) => [s.signaalId, { casusId: c.id, ...s }] as const)),
  );
  return (
    <Ketenblok
      sleutel="signaalMeldingen"
      titel="Signalen bij het kernteam"
      aantal={aantalTekst(meldingen.length, 'signaal', 'signalen')}
      bron={bronSignaalMeldingen(persoon)}
      staat={staatVan(
        fout,
        opnieuw,
        meldingen.length === 0,
        'Het kernteam heeft geen signalen over deze persoon ontvangen.',
      )}
    >
      <CompacteTabel
        bijschrift="Signalen die het kernteam bereikten"
        koppen={casussen.length > 0 ? ['Ontvangen', 'Categorie', 'Op de casus'] : ['Ontvangen', 'Categorie']}
      >
        {meldingen.map((m) => {
          const c = opCasus.get(m.signaalId);
          return (
            <tr key={m.signaalId} data-testid={`ketenbeeld-melding-${m.signaalId}`}>
              <td className="nowrap">
                <time dateTime={m.ontvangenOp}>{formatTijdstip(m.ontvangenOp)}</time>
              </td>
              <td>{label(m.categorie)}</td>
              {casussen.length > 0 && (
                <td>
                  {c ? (
                    <>
                      <a href={pad.casus(c.casusId)}>
                        Casus <span className="referentie">{c.casusId.slice(0, 8)}</span>
                      </a>{' '}
                      {c.nieuw && <span className="label label--nieuw">nieuw</span>}
                      <span className="klein gedempt">
                        sinds <time dateTime={c.gekoppeldOp}>{formatTijdstip(c.gekoppeldOp)}</time>
                      </span>
                    </>
                  ) : (
                    <span className="gedempt">niet op een casus</span>
                  )}
                </td>
              )}
            </tr>
          );
        })}
      </CompacteTabel>
    </Ketenblok>
  );
}

/** What a ZSM desk sees at a lookup: signals per category from zsm's read model. */
export function ZsmSignaalOverzichtBlok({
  persoon,
  fout,
  opnieuw,
}: {
  readonly persoon: Ketenbeeld;
  readonly fout: string | undefined;
  readonly opnieuw: () => unknown;
}) {
  const rijen = persoon.zsmSignaalOverzicht ?? [];
  const label = categorieLabels(persoon);
  return (
    <Ketenblok
      sleutel="zsmSignaalOverzicht"
      titel="Signalen zoals ZSM ze ziet"
      aantal={aantalTekst(rijen.length, 'categorie', 'categorieën')}
      bron={bronZsmSignaalOverzicht(persoon)}
      staat={staatVan(fout, opnieuw, rijen.length === 0, 'ZSM kent geen signalen over deze persoon.')}
    >
      <CompacteTabel
        bijschrift="Signalen per categorie in het leesmodel van ZSM"
        koppen={['Categorie', { tekst: 'Aantal', className: 'getal' }, 'Laatste incident']}
      >
        {rijen.map((z) => (
          <tr key={z.categorie}>
            <td>{label(z.categorie)}</td>
            <td className="getal">{z.aantal}</td>
            <td className="nowrap">
              <time dateTime={z.laatste}>{formatTijdstip(z.laatste)}</time>
            </td>
          </tr>
        ))}
      </CompacteTabel>
    </Ketenblok>
  );
}
