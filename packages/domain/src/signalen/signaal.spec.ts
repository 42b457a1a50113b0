import { signaalInvoerSchema } from './signaal';
import { validatiefouten } from '../fouten/validatie';
import { magMeldenNamens, magSignaalZien } from '../toegang/signaal-toegang.rule';
import { Rol } from '../organisaties/rol';

const nu = new Date('2026-11-22T12:00:00Z');
const schema = signaalInvoerSchema(() => nu);
const basis = {
  bronOrganisatie: 'POLITIE',
  bronReferentie: 'PL-2026-1',
  categorie: 'GEWELD_VPT',
  omschrijving: 'Conducteur geduwd',
  ernst: 3,
  plaats: { gemeente: 'Westerwolde', locatieCode: 'TER_APEL' },
  tijdstipIncident: '2026-11-22T12:04:00Z',
  personen: [{ vNummer: '1234567890' }],
};

function velden(invoer: unknown) {
  const r = schema.safeParse(invoer);
  return r.success ? [] : validatiefouten(r.error).map((f) => f.veld);
}

describe('signaalinvoer', () => {
  it('accepteert een geldig signaal (tot vijf minuten in de toekomst)', () => {
    expect(velden(basis)).toEqual([]);
  });
  it.each([
    [{ ...basis, tijdstipIncident: '2026-11-22T12:06:00Z' }, 'tijdstipIncident'],
    [{ ...basis, tijdstipIncident: '22-11-2026' }, 'tijdstipIncident'],
    [{ ...basis, personen: [{ vNummer: '123456789' }] }, 'personen.0.vNummer'],
    [{ ...basis, personen: [{ nationaliteit: 'SYR' }] }, 'personen.0'],
    [{ ...basis, personen: [{ naam: 'A', nationaliteit: 'syr' }] }, 'personen.0.nationaliteit'],
    [{ ...basis, categorie: 'onbekend' }, 'categorie'],
    [{ ...basis, ernst: 5 }, 'ernst'],
    [{ ...basis, ernst: undefined }, 'ernst'],
    [{ ...basis, plaats: {} }, 'plaats.gemeente'],
    [{ ...basis, plaats: undefined }, 'plaats'],
    [{ ...basis, plaats: { gemeente: 'Budel', breedtegraad: 51.2 } }, 'plaats.lengtegraad'],
    [{ ...basis, aangifte: true }, 'pvNummer'],
    [{ ...basis, tijdstipMelding: '2026-11-22T11:00:00Z' }, 'tijdstipMelding'],
    [{ ...basis, bronOrganisatie: 'FBI' }, 'bronOrganisatie'],
    [{ ...basis, omschrijving: '   ' }, 'omschrijving'],
    [{ ...basis, personen: Array.from({ length: 201 }, () => ({ naam: 'X' })) }, 'personen'],
  ])('weigert %j op veld %s', (invoer, veld) => {
    expect(velden(invoer)).toContain(veld);
  });
});

describe('toegang tot signalen', () => {
  const actor = (organisatie: 'COA' | 'GEMEENTE' | 'DGM_DRM', rollen: Rol[]) => ({
    sub: 's',
    naam: 'n',
    organisatie,
    rollen,
  });
  it('een gemeente ziet eigen signalen, niet die van COA; het kernteam en DGM zien alles', () => {
    expect(magSignaalZien(actor('GEMEENTE', [Rol.MELDER]), { bronOrganisatie: 'GEMEENTE' })).toBe(true);
    expect(magSignaalZien(actor('GEMEENTE', [Rol.MELDER]), { bronOrganisatie: 'COA' })).toBe(false);
    expect(magSignaalZien(actor('COA', [Rol.KERNTEAMLID]), { bronOrganisatie: 'POLITIE' })).toBe(true);
    expect(magSignaalZien(actor('COA', [Rol.LOCATIEMANAGER]), { bronOrganisatie: 'POLITIE' })).toBe(false);
    expect(magSignaalZien(actor('DGM_DRM', [Rol.ANALIST_NATIONAAL]), { bronOrganisatie: 'POLITIE' })).toBe(
      true,
    );
  });
  it('alleen een landelijke rol meldt namens een andere organisatie', () => {
    expect(magMeldenNamens(actor('GEMEENTE', [Rol.MELDER]), 'POLITIE')).toBe(false);
    expect(magMeldenNamens(actor('DGM_DRM', [Rol.ANALIST_NATIONAAL]), 'POLITIE')).toBe(true);
  });
});
