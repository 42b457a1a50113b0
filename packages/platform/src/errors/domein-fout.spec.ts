import { DomeinFout, vertaalFoutSoort, type FoutSoort } from './domein-fout';
import { alsDomeinFout, probleemVoor } from './domein-fout.filter';
import { NotFoundException } from '@nestjs/common';

describe('foutvertaling', () => {
  it('vertaalt elke soort naar een HTTP-status en een GraphQL-code', () => {
    const soorten: FoutSoort[] = [
      'VALIDATIE',
      'NIET_GEAUTHENTICEERD',
      'VERBODEN',
      'NIET_GEVONDEN',
      'CONFLICT',
      'ONVERWERKBAAR',
      'TE_GROOT',
      'TE_VEEL_VERZOEKEN',
      'NIET_BESCHIKBAAR',
    ];
    expect(soorten.map((s) => vertaalFoutSoort(s).http)).toEqual([
      400, 401, 403, 404, 409, 422, 413, 429, 503,
    ]);
    expect(new Set(soorten.map((s) => vertaalFoutSoort(s).graphql)).size).toBe(soorten.length);
  });

  it('maakt een problem+json met code en velden', () => {
    const p = probleemVoor(new DomeinFout('VALIDATIE', 'SIGNAAL_X', 'fout', [{ veld: 'a', reden: 'b' }]));
    expect(p).toMatchObject({
      status: 400,
      code: 'SIGNAAL_X',
      fouten: [{ veld: 'a', reden: 'b' }],
      type: 'https://ketenbeeld.nl/problemen/signaal-x',
    });
  });

  it('lekt geen interne details van onbekende fouten', () => {
    const { fout, intern } = alsDomeinFout(new Error('wachtwoord=geheim in de stack'));
    expect(intern).toBe(true);
    expect(fout.message).not.toContain('geheim');
    expect(alsDomeinFout(new NotFoundException('weg')).fout.soort).toBe('NIET_GEVONDEN');
  });
});
