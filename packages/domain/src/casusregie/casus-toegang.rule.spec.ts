import type { Actor } from '../organisaties/rol';
import {
  magCasusWijzigen,
  magCasusZien,
  magTopXBevestigen,
  magVoorstellenBeslissen,
} from './casus-toegang.rule';

const actor = (organisatie: Actor['organisatie'], ...rollen: Actor['rollen'][number][]): Actor => ({
  sub: 'u',
  naam: 'Proef',
  organisatie,
  rollen,
});

describe('casus: need-to-know', () => {
  it('een deelnemende organisatie ziet de casus, een andere niets; nationale rollen alles', () => {
    expect(magCasusZien(actor('COA', 'KERNTEAMLID'), ['IND', 'COA'])).toBe(true);
    expect(magCasusZien(actor('POLITIE', 'MELDER'), ['IND', 'COA'])).toBe(false);
    expect(magCasusZien(actor('GEMEENTE', 'MELDER'), ['IND', 'COA', 'GEMEENTE'])).toBe(true);
    expect(magCasusZien(actor('DGM_DRM', 'ANALIST_NATIONAAL'), ['IND'])).toBe(true);
  });

  it('wijzigen vraagt deelname én een rol die casussen bewerkt; nationaal is alleen lezen', () => {
    expect(magCasusWijzigen(actor('IND', 'PROCESREGISSEUR'), ['IND'])).toBe(true);
    expect(magCasusWijzigen(actor('GEMEENTE', 'MELDER'), ['IND', 'GEMEENTE'])).toBe(false);
    expect(magCasusWijzigen(actor('DGM_DRM', 'ANALIST_NATIONAAL'), ['IND'])).toBe(false);
    expect(magCasusWijzigen(actor('COA', 'KERNTEAMLID'), ['IND'])).toBe(false);
  });

  it('voorstellen beslist het kernteam; Top-X bevestigt een ketenmarinier of procesregisseur', () => {
    expect(magVoorstellenBeslissen(actor('DTV', 'REGIEVOERDER', 'KERNTEAMLID'))).toBe(true);
    expect(magVoorstellenBeslissen(actor('POLITIE', 'KERNTEAMLID'))).toBe(false);
    expect(magTopXBevestigen(actor('DGM_DRM', 'KETENMARINIER'))).toBe(true);
    expect(magTopXBevestigen(actor('IND', 'PROCESREGISSEUR'))).toBe(true);
    expect(magTopXBevestigen(actor('COA', 'KERNTEAMLID'))).toBe(false);
  });
});
