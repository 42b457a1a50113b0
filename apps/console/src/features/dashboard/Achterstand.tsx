import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { formatTijdstip, organisatieKort } from '../../app/opmaak';
import { ACTIE_ACHTERSTAND, type ActieAchterstand } from './actieAchterstand.graphql';
import { CijferTabel, Export } from './CijferTabel';
import { Legenda, StaafGrafiek } from './grafieken';
import { n } from './opmaak';
import { Paneel, staatVan } from './Paneel';
import { bestandsnaam, type Cijfertabel } from './tabel';

const DAG = 86_400_000;

/** Whole days the oldest deadline is past, at `nu`. */
export function dagenTeLaat(oudsteDeadline: string, nu: number): number {
  return Math.max(0, Math.floor((nu - Date.parse(oudsteDeadline)) / DAG));
}

export function achterstandTabel(rijen: readonly ActieAchterstand[], nu: number): Cijfertabel {
  const totaal = rijen.reduce((s, r) => ({ a: s.a + r.aantal, e: s.e + r.geescaleerd }), { a: 0, e: 0 });
  return {
    titel: 'Achterstallige acties per organisatie',
    kolommen: [
      { sleutel: 'organisatie', kop: 'Organisatie', soort: 'tekst' },
      { sleutel: 'aantal', kop: 'Acties over de deadline', soort: 'aantal' },
      { sleutel: 'geescaleerd', kop: 'Waarvan geëscaleerd', soort: 'aantal' },
      { sleutel: 'oudste', kop: 'Oudste deadline', soort: 'tijdstip' },
      { sleutel: 'dagen', kop: 'Dagen over de oudste deadline', soort: 'aantal' },
    ],
    rijen: [
      ...rijen.map((r) => ({
        sleutel: r.organisatie,
        cellen: {
          organisatie: organisatieKort(r.organisatie),
          aantal: r.aantal,
          geescaleerd: r.geescaleerd,
          oudste: r.oudsteDeadline,
          dagen: dagenTeLaat(r.oudsteDeadline, nu),
        },
      })),
      {
        sleutel: 'totaal',
        totaal: true,
        cellen: { organisatie: 'Totaal', aantal: totaal.a, geescaleerd: totaal.e, oudste: null, dagen: null },
      },
    ],
  };
}

/** 4. Overdue actions per owning organisation, now (casusregie). */
export function AchterstandPaneel() {
  const q = useQuery(ACTIE_ACHTERSTAND, {
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  // The moment of the answer (new with each answer): the counts are "as of now", whatever the period.
  const nu = useMemo(() => Date.now(), [q.data]);
  const rijen = q.data?.actieAchterstand;
  const tabel = useMemo(() => (rijen ? achterstandTabel(rijen, nu) : null), [rijen, nu]);
  const staat = staatVan(q, (d) => d.actieAchterstand.length === 0);
  const totaal = rijen?.reduce((s, r) => s + r.aantal, 0) ?? 0;
  const geescaleerd = rijen?.reduce((s, r) => s + r.geescaleerd, 0) ?? 0;
  return (
    <Paneel
      naam="achterstand"
      titel="Achterstallige acties per organisatie"
      bron={
        <>
          Bron: casusregie, stand op {formatTijdstip(new Date(nu).toISOString())} (nu, los van de gekozen
          periode). Open acties waarvan de deadline verstreken is, per eigenaar; alleen aantallen.
        </>
      }
      staat={staat}
      fout={q.error}
      opnieuw={() => q.refetch()}
      leegTekst="Geen achterstallige acties: alle open acties liggen binnen hun deadline."
      geenToegangTekst="De achterstand van acties is voor DGM/DRM, de ketenmariniers en het kernteam (IND, COA, DT&V)."
      kern={
        <p className="dashboard-kern" data-testid="achterstand-kern">
          <span>
            <strong>{n(totaal)}</strong> te laat
          </span>
          <span>
            <strong>{n(geescaleerd)}</strong> geëscaleerd
          </span>
        </p>
      }
    >
      {rijen && tabel && (
        <>
          <Legenda
            reeksen={[
              { naam: 'Acties over de deadline', toelichting: '(effen)' },
              { naam: 'Waarvan geëscaleerd', toelichting: '(gearceerd)' },
            ]}
          />
          <StaafGrafiek
            titel="Achterstallige acties per organisatie"
            samenvatting={`Staafgrafiek: ${n(totaal)} open acties over hun deadline, waarvan ${n(geescaleerd)} geëscaleerd. ${rijen
              .map(
                (r) =>
                  `${organisatieKort(r.organisatie)}: ${n(r.aantal)} te laat, ${n(r.geescaleerd)} geëscaleerd, oudste deadline ${formatTijdstip(r.oudsteDeadline)}`,
              )
              .join('; ')}.`}
            rijen={rijen.map((r) => ({
              sleutel: r.organisatie,
              label: organisatieKort(r.organisatie),
              waarden: [r.aantal, r.geescaleerd],
            }))}
            reeksen={[{ naam: 'Te laat' }, { naam: 'Geëscaleerd' }]}
            xAs="Aantal open acties over de deadline"
            labelBreedte={120}
            testid="achterstand-grafiek"
          />
          <ul className="dashboard-opsomming" data-testid="achterstand-oudste">
            {rijen.map((r) => {
              const dagen = dagenTeLaat(r.oudsteDeadline, nu);
              return (
                <li key={r.organisatie}>
                  {organisatieKort(r.organisatie)}: oudste deadline {formatTijdstip(r.oudsteDeadline)} (
                  {dagen === 0 ? 'minder dan een dag' : dagen === 1 ? '1 dag' : `${n(dagen)} dagen`} te laat)
                </li>
              );
            })}
          </ul>
          <div className="dashboard-paneel__voet">
            <CijferTabel tabel={tabel} paneel="achterstand" />
            <Export
              tabel={tabel}
              paneel="achterstand"
              bestand={bestandsnaam('achterstallige acties', new Date(nu).toISOString().slice(0, 10))}
            />
          </div>
        </>
      )}
    </Paneel>
  );
}
