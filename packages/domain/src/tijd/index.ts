export { TermijnFout, type TermijnFoutCode } from './termijn-fout';
export type { GeenTermijn, RegelId, Termijn } from './termijn';
export {
  ZONE_AMSTERDAM,
  type TijdInvoer,
  naarMoment,
  plusUren,
  plusDagen,
  plusWeken,
  plusMaanden,
  formatteerMoment,
  formatteerDatum,
  formatteerDagEnDatum,
  datumSleutel,
} from './amsterdam-tijd';
export {
  GELIJKGESTELDE_DAGEN,
  GELIJKGESTELDE_DAGEN_BEKEND_TOT,
  type AtwFeestdag,
  atwFeestdag,
  atwFeestdagenVanJaar,
  isAlgemeneErkendeFeestdag,
} from './feestdagen';
export { isWerkdag, volgendeWerkdag, plusWerkdagen } from './werkdagen';
export {
  termijnEindeMetTermijnenwet,
  wettelijkeTermijn,
  type TermijnEenheid,
  type WettelijkeTermijn,
} from './termijnenwet.rule';
export { ophoudenVoorOnderzoek } from './ophouden-voor-onderzoek.rule';
export { inverzekeringstelling, voorgeleiding } from './inverzekeringstelling.rule';
export { snelrecht, supersnelrecht } from './snelrecht.rule';
export { pblBehandeltermijn, htlVerblijf, artikel56Maatregel } from './opvang-maatregelen.rule';
export { vreemdelingenbewaring } from './vreemdelingenbewaring.rule';
export {
  rustEnVoorbereidingstijd,
  beroepstermijn,
  vertrektermijn,
  type SoortBesluit,
} from './asielprocedure.rule';
export { dublinOverdrachttermijn, dublinBewaringOverdracht } from './dublin.rule';
export { transportAanvraag } from './transport-aanvraag.rule';
export { gebiedsverbod, MAX_VERLENGINGEN_172A, type SoortGebiedsverbod } from './gebiedsverbod.rule';
