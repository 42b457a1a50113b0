import {
  afdoeningSchema,
  bevragingSchema,
  detentieSchema,
  vraagtOvernameActie,
  zsmRegistratieSchema,
} from './zsm.rule';
import { validatiefouten } from '../fouten/validatie';

const fouten = (r: { success: boolean; error?: unknown }) =>
  r.success ? [] : validatiefouten(r.error as never);

describe('ZSM: overname na heenzending', () => {
  it('een heengezonden Dublinclaimant of kansarme asielzoeker vraagt om een AVIM-actie; andere afdoeningen niet', () => {
    expect(vraagtOvernameActie({ soort: 'HEENZENDING', spoor: 1, kansarm: null }).nodig).toBe(true);
    expect(vraagtOvernameActie({ soort: 'HEENZENDING', spoor: 4, kansarm: true }).nodig).toBe(true);
    expect(vraagtOvernameActie({ soort: 'HEENZENDING', spoor: 2, kansarm: null }).nodig).toBe(true);
    expect(vraagtOvernameActie({ soort: 'HEENZENDING', spoor: 4, kansarm: false }).nodig).toBe(false);
    expect(vraagtOvernameActie({ soort: 'HEENZENDING', spoor: null, kansarm: null }).nodig).toBe(false);
    expect(vraagtOvernameActie({ soort: 'SNELRECHT', spoor: 1, kansarm: true })).toEqual({
      nodig: false,
      uitleg: 'Snelrecht: geen heenzending',
    });
  });
});

describe('ZSM: invoer', () => {
  it('een bevraging zonder doel of met een fout V-nummer wordt geweigerd met veld en reden', () => {
    expect(fouten(bevragingSchema.safeParse({ zsmReferentie: 'ZSM-1', vNummer: '12345' }))).toEqual([
      { veld: 'doel', reden: 'is verplicht: ZSM_AFDOENING, VOORGELEIDING, VREEMDELINGRECHTELIJKE_CHECK' },
      { veld: 'vNummer', reden: 'V-nummer bestaat uit precies 10 cijfers' },
    ]);
    expect(
      fouten(
        bevragingSchema.safeParse({ doel: 'ZSM_AFDOENING', zsmReferentie: 'ZSM-1', naam: 'Alleen Naam' }),
      ),
    ).toEqual([
      { veld: 'vNummer', reden: 'geef een V-nummer, of naam met geboortedatum en/of nationaliteit' },
    ]);
    expect(
      bevragingSchema.safeParse({ doel: 'ZSM_AFDOENING', zsmReferentie: 'ZSM-1', vNummer: '1234567890' })
        .success,
    ).toBe(true);
  });

  it('een registratie vraagt tijdstip, delict, VPT en of voorlopige hechtenis is toegestaan', () => {
    expect(
      fouten(
        zsmRegistratieSchema.safeParse({
          zsmReferentie: 'Z',
          vNummer: '1234567890',
          aanhoudingOp: 'gisteren',
          delict: 'winkeldiefstal',
          omschrijving: 'x',
          vpt: 'nee',
          voorlopigeHechtenisToegestaan: true,
          zsmLocatie: 'ZSM Groningen',
        }),
      ),
    ).toEqual([
      { veld: 'aanhoudingOp', reden: 'moet een ISO-8601 tijdstip met tijdzone zijn' },
      { veld: 'delict', reden: 'categoriecode in hoofdletters, zie signaalCategorieen' },
      { veld: 'vpt', reden: 'ja of nee' },
    ]);
  });

  it('een vrijlatende afdoening vraagt het tijdstip van vrijlating; een detentie eindigt na haar begin', () => {
    expect(
      fouten(afdoeningSchema.safeParse({ soort: 'HEENZENDING', besluitOp: '2026-11-22T10:00:00Z' })),
    ).toEqual([{ veld: 'vrijlatingOp', reden: 'is verplicht bij een afdoening die vrijlaat' }]);
    expect(afdoeningSchema.safeParse({ soort: 'SNELRECHT', besluitOp: '2026-11-22T10:00:00Z' }).success).toBe(
      true,
    );
    expect(
      fouten(
        detentieSchema.safeParse({
          vNummer: '1234567890',
          soort: 'GEVANGENIS',
          begin: '2026-11-22T10:00:00Z',
          eind: '2026-11-21T10:00:00Z',
          inrichting: 'PI Proefstad',
        }),
      ),
    ).toEqual([{ veld: 'eind', reden: 'moet na het begin liggen' }]);
  });
});
