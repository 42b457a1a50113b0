import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSessie, type Persona } from '../../app/auth';
import { organisatieKort } from '../../app/opmaak';
import { heeftNationaleRol } from '../../app/rechten';
import { CijferTabel, Export } from './CijferTabel';
import { Legenda, StaafGrafiek } from './grafieken';
import { n, periodeTekst, plaatsNaam } from './opmaak';
import { Paneel, staatVan } from './Paneel';
import { alsInterval, type Periode } from './periode';
import { SIGNALEN_PER_LOCATIE, type SignalenPerLocatie } from './signalenPerLocatie.graphql';
import { bestandsnaam, type Cijfertabel } from './tabel';

/**
 * Whether the signals service counts every signal for this persona (domain: magAlleSignalenZien —
 * national roles and kernteam members of IND, COA and DT&V); others get their own organisation's.
 */
export function teltAlleSignalen(persona: Persona): boolean {
  return (
    heeftNationaleRol(persona) ||
    (['IND', 'COA', 'DTV'].includes(persona.organisatie) && persona.rollen.includes('KERNTEAMLID'))
  );
}

/** The ten places with most signals, the rest together. */
export function plaatsenTop(rijen: readonly SignalenPerLocatie[], top = 10) {
  const gesorteerd = [...rijen].sort((a, b) => b.aantal - a.aantal || a.locatie.localeCompare(b.locatie));
  const rest = gesorteerd.slice(top);
  const som = (l: readonly SignalenPerLocatie[]) =>
    l.reduce(
      (s, r) => ({ aantal: s.aantal + r.aantal, ernstig: s.ernstig + r.ernstig, vpt: s.vpt + r.vpt }),
      {
        aantal: 0,
        ernstig: 0,
        vpt: 0,
      },
    );
  return { eerste: gesorteerd.slice(0, top), rest, overig: som(rest), totaal: som(gesorteerd) };
}

export function signalenTabel(rijen: readonly SignalenPerLocatie[]): Cijfertabel {
  const { eerste, rest, overig, totaal } = plaatsenTop(rijen);
  return {
    titel: 'Signalen per locatie',
    kolommen: [
      { sleutel: 'locatie', kop: 'Locatie of gemeente', soort: 'tekst' },
      { sleutel: 'code', kop: 'Code', soort: 'tekst' },
      { sleutel: 'aantal', kop: 'Signalen', soort: 'aantal' },
      { sleutel: 'ernstig', kop: 'Waarvan ernstig (ernst 3–4)', soort: 'aantal' },
      { sleutel: 'vpt', kop: 'Waarvan VPT', soort: 'aantal' },
    ],
    rijen: [
      ...eerste.map((r) => ({
        sleutel: r.locatie,
        cellen: {
          locatie: plaatsNaam(r.locatie),
          code: r.locatie,
          aantal: r.aantal,
          ernstig: r.ernstig,
          vpt: r.vpt,
        },
      })),
      ...(rest.length
        ? [
            {
              sleutel: 'overig',
              cellen: { locatie: `Overige plaatsen (${rest.length})`, code: null, ...overig },
            },
          ]
        : []),
      { sleutel: 'totaal', totaal: true, cellen: { locatie: 'Totaal', code: null, ...totaal } },
    ],
  };
}

/** 6. Signals per location in the period (signalen; counts only). */
export function SignalenPaneel({ periode }: { readonly periode: Periode }) {
  const { persona } = useSessie();
  const interval = useMemo(() => alsInterval(periode), [periode]);
  const q = useQuery(SIGNALEN_PER_LOCATIE, { variables: interval, fetchPolicy: 'cache-and-network' });
  const rijen = q.data?.signalenPerLocatie;
  const tabel = useMemo(() => (rijen ? signalenTabel(rijen) : null), [rijen]);
  const top = rijen ? plaatsenTop(rijen) : null;
  const alles = teltAlleSignalen(persona);
  const staat = staatVan(q, (d) => d.signalenPerLocatie.length === 0);
  return (
    <Paneel
      naam="signalen"
      titel="Signalen per locatie"
      breed
      bron={
        <>
          Bron: signalen, op tijdstip van het incident, {periodeTekst(periode)}. Ingetrokken signalen tellen
          niet mee; een signaal zonder locatiecode telt bij zijn gemeente.
        </>
      }
      staat={staat}
      fout={q.error}
      opnieuw={() => q.refetch()}
      leegTekst={
        alles ? 'Geen signalen in deze periode.' : 'Uw organisatie meldde geen signalen in deze periode.'
      }
      geenToegangTekst="Signalen per locatie zijn niet beschikbaar voor uw rol."
      kern={
        top ? (
          <p className="dashboard-kern" data-testid="signalen-kern">
            <span>
              <strong>{n(top.totaal.aantal)}</strong> signalen
            </span>
            <span>
              <strong>{n(top.totaal.ernstig)}</strong> ernstig
            </span>
            <span>
              <strong>{n(top.totaal.vpt)}</strong> VPT
            </span>
          </p>
        ) : undefined
      }
    >
      {!alles && (
        <p
          className="melding melding--info melding--klein dashboard-paneel__melding"
          data-testid="signalen-eigen"
        >
          U ziet alleen de signalen die uw organisatie ({organisatieKort(persona.organisatie)}) meldde; het
          landelijke beeld is voor de landelijke rollen en het kernteam.
        </p>
      )}
      {rijen && tabel && top && (
        <>
          <Legenda
            reeksen={[
              { naam: 'Signalen', toelichting: '(effen)' },
              { naam: 'Waarvan ernstig, ernst 3–4', toelichting: '(gearceerd)' },
              { naam: 'Waarvan VPT', toelichting: '(gestippeld)' },
            ]}
          />
          <StaafGrafiek
            titel="Signalen per locatie"
            samenvatting={`Staafgrafiek: ${n(top.totaal.aantal)} signalen per locatie, meeste eerst, met het aantal ernstige en het aantal VPT-signalen. ${top.eerste
              .map(
                (r) =>
                  `${plaatsNaam(r.locatie)}: ${n(r.aantal)}, waarvan ${n(r.ernstig)} ernstig en ${n(r.vpt)} VPT`,
              )
              .join(
                '; ',
              )}${top.rest.length ? `; overige ${top.rest.length} plaatsen samen: ${n(top.overig.aantal)}` : ''}.`}
            rijen={[
              ...top.eerste.map((r) => ({
                sleutel: r.locatie,
                label: plaatsNaam(r.locatie),
                waarden: [r.aantal, r.ernstig, r.vpt],
              })),
              ...(top.rest.length
                ? [
                    {
                      sleutel: 'overig',
                      label: `Overige (${top.rest.length})`,
                      waarden: [top.overig.aantal, top.overig.ernstig, top.overig.vpt],
                    },
                  ]
                : []),
            ]}
            reeksen={[{ naam: 'Signalen' }, { naam: 'Ernstig' }, { naam: 'VPT' }]}
            xAs="Aantal signalen"
            labelBreedte={210}
            testid="signalen-grafiek"
          />
          <div className="dashboard-paneel__voet">
            <CijferTabel tabel={tabel} paneel="signalen" />
            <Export
              tabel={tabel}
              paneel="signalen"
              bestand={bestandsnaam('signalen per locatie', `${periode.van} tot ${periode.tot}`)}
            />
          </div>
        </>
      )}
    </Paneel>
  );
}
