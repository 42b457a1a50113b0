import { Controller, Get, Inject } from '@nestjs/common';
import { z } from 'zod';
import { signaalInvoerSchema } from '@ketenbeeld/domain';
import { CONFIG, Publiek, type BasisConfig } from '@ketenbeeld/platform';
import { MAX_BATCH } from '../signalen/signaal-batch.service';

function jsonSchema(schema: z.ZodType) {
  return z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' });
}

/** The published description of the REST API (NL GOV API design rules: /v1/openapi.json, public). */
export function openApiDocument(versie: string) {
  const probleem = {
    type: 'object',
    required: ['type', 'title', 'status', 'detail', 'code'],
    properties: {
      type: { type: 'string', format: 'uri' },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      code: { type: 'string', description: 'Foutcode, bijvoorbeeld VALIDATIE of SIGNAAL_DUBBEL' },
      fouten: {
        type: 'array',
        items: {
          type: 'object',
          required: ['veld', 'reden'],
          properties: { veld: { type: 'string' }, reden: { type: 'string' } },
        },
      },
      traceId: { type: 'string' },
    },
  };
  const fout = (beschrijving: string) => ({
    description: beschrijving,
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Probleem' } } },
  });
  const apiVersie = { 'API-Version': { schema: { type: 'string' }, description: 'Versie van deze API' } };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Ketenbeeld Signalen API',
      version: versie,
      description:
        'Signalen van ketenpartners over gedrag van asielzoekers. Alle verzoeken behalve deze beschrijving vragen een Bearer-token (JWT met sub, org, roles).',
    },
    servers: [{ url: '/v1' }],
    security: [{ bearer: [] }],
    paths: {
      '/signalen': {
        post: {
          summary: 'Signaal registreren',
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: false,
              schema: { type: 'string', maxLength: 255 },
              description:
                'Herhaalt u het verzoek met dezelfde sleutel en body, dan krijgt u het eerste antwoord; met een andere body 422.',
            },
          ],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/SignaalInvoer' } } },
          },
          responses: {
            '201': {
              description: 'Geregistreerd (of herhaald antwoord: Idempotent-Replayed: true)',
              headers: apiVersie,
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Signaal' } } },
            },
            '400': fout('Ongeldige invoer: veld en reden in fouten'),
            '401': fout('Geen of ongeldig token'),
            '403': fout('Melden namens een andere organisatie'),
            '409': fout('Bronreferentie al gebruikt door deze bron'),
            '413': fout('Body te groot'),
            '422': fout('Idempotency-Key eerder gebruikt met een andere body'),
          },
        },
      },
      '/signalen/batch': {
        post: {
          summary: `Tot ${MAX_BATCH} signalen tegelijk; per signaal een resultaat`,
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['signalen'],
                  properties: {
                    signalen: {
                      type: 'array',
                      maxItems: MAX_BATCH,
                      items: { $ref: '#/components/schemas/SignaalInvoer' },
                    },
                  },
                },
              },
            },
          },
          responses: {
            '200': { description: 'Resultaat per signaal (status 201 of een probleem)', headers: apiVersie },
            '400': fout('Geen lijst, leeg of te lang'),
          },
        },
      },
      '/signalen/{id}': {
        get: {
          summary: 'Eén signaal',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
          ],
          responses: {
            '200': {
              description: 'Het signaal',
              headers: apiVersie,
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Signaal' } } },
            },
            '404': fout('Niet gevonden of geen toegang'),
          },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        SignaalInvoer: jsonSchema(signaalInvoerSchema()),
        Signaal: { type: 'object', description: 'Het geregistreerde signaal, met de personen zoals herkend' },
        Probleem: probleem,
      },
    },
  };
}

@Controller('v1')
export class OpenApiController {
  private readonly document: ReturnType<typeof openApiDocument>;
  constructor(@Inject(CONFIG) config: BasisConfig) {
    this.document = openApiDocument(config.API_VERSIE);
  }

  @Publiek()
  @Get('openapi.json')
  openapi() {
    return this.document;
  }
}
