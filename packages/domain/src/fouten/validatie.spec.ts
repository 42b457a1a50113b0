import {
  isBestaandIsoMoment,
  isUuid,
  nietGevonden,
  onbruikbareJson,
  verplichteTekstFouten,
} from './validatie';

describe('onbruikbareJson', () => {
  it('laat gewone tekst door, ook emoji, RTL-override en combinerende tekens', () => {
    expect(
      onbruikbareJson({ a: ['Test \u{1F693}\u202e e\u0301', { b: 1, c: null }], d: true }),
    ).toBeUndefined();
  });

  it('noemt het pad van een NUL-teken of een losse surrogaat', () => {
    expect(onbruikbareJson({ personen: [{ naam: 'a\u0000b' }] })).toEqual({
      veld: 'personen.0.naam',
      reden: expect.stringContaining('NUL'),
    });
    expect(onbruikbareJson({ variables: { invoer: { omschrijving: 'x\ud800y' } } })?.veld).toBe(
      'variables.invoer.omschrijving',
    );
    expect(onbruikbareJson({ x: '\udc00' })?.veld).toBe('x');
    expect(onbruikbareJson({ ['sleutel\u0000']: 1 })?.veld).toBe('(body)');
    expect(onbruikbareJson('\u0000')?.veld).toBe('(body)');
  });

  it('weigert diepe nesting zonder de stack op te blazen', () => {
    let diep: unknown = 1;
    for (let i = 0; i < 100_000; i++) diep = { a: diep };
    expect(onbruikbareJson(diep)?.reden).toMatch(/te diep genest/);
    expect(onbruikbareJson({ a: { b: { c: 1 } } }, 3)).toBeUndefined();
    expect(onbruikbareJson({ a: { b: { c: { d: 1 } } } }, 3)?.veld).toBe('a.b.c');
  });
});

describe('nietGevonden en verplichteTekstFouten', () => {
  it('noemt alleen een geldig id in de melding', () => {
    const id = '0b0f6c5e-3f4e-4c1a-9a47-0f7d1c2b3a4d';
    expect(nietGevonden('Casus', id)).toBe(`Casus ${id} niet gevonden`);
    expect(nietGevonden('Casus', '${jndi:ldap://x}')).toBe('Casus niet gevonden');
  });

  it('weigert lege en te lange tekst met het veld', () => {
    expect(verplichteTekstFouten('  ', 'reden', { leeg: 'leg vast waarom' })).toEqual([
      { veld: 'reden', reden: 'leg vast waarom' },
    ]);
    expect(verplichteTekstFouten('x'.repeat(2001), 'reden')).toEqual([
      { veld: 'reden', reden: 'hoogstens 2000 tekens' },
    ]);
    expect(verplichteTekstFouten(' goed ', 'reden')).toEqual([]);
    expect(verplichteTekstFouten(undefined, 'tekst')).toEqual([{ veld: 'tekst', reden: 'is verplicht' }]);
  });
});

describe('isBestaandIsoMoment', () => {
  it('neemt bestaande datums en tijdstippen', () => {
    for (const t of [
      '2026-02-28',
      '2024-02-29',
      '2026-11-22T09:30:00+01:00',
      '2026-11-22T08:30:00.123Z',
      '2026-11-22T08:30',
    ])
      expect(isBestaandIsoMoment(t)).toBe(true);
  });
  it('weigert onmogelijke en vreemde', () => {
    for (const t of [
      '2026-02-30',
      '0000-00-00',
      '9999-99-99T99:99',
      '2026-11-22T24:00:00Z',
      '22-11-2026',
      '',
      42,
      null,
    ])
      expect(isBestaandIsoMoment(t)).toBe(false);
  });
});

describe('isUuid', () => {
  it('herkent een UUID in tekstvorm, in elke letterkast, en niets anders', () => {
    expect(isUuid('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(true);
    expect(isUuid('0F8FAD5B-D9CB-469F-A165-70867728950E')).toBe(true);
    for (const x of [
      '',
      'x',
      '0f8fad5b-d9cb-469f-a165-70867728950',
      '0f8fad5b-d9cb-469f-a165-70867728950e ',
      42,
      null,
    ])
      expect(isUuid(x)).toBe(false);
  });
});
