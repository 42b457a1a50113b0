import { Controller, Get, Inject } from '@nestjs/common';
import { z } from 'zod';
import { CONFIG, PROBLEEM_ANTWOORD, PROBLEEM_SCHEMA, Publiek, type BasisConfig } from '@ketenbeeld/platform';
import { registratiesSchema } from './inhuisregistratie.service';

/** The published description of planning's REST API for COA (NL GOV API design rules: public). */
export function planningOpenApi(versie: string) {
  const probleem = PROBLEEM_ANTWOORD;
  return {
    openapi: '3.1.0',
    info: {
      title: 'Ketenbeeld planning: inhuisregistratie',
      version: versie,
      description:
        'Voor het COA (locatiemanager, kernteamlid of COA-systeem): wie zich in een registratievenster heeft gemeld. ' +
        'Eén of veel registraties per verzoek, bijvoorbeeld aan het eind van een venster; een fout in één regel weigert het hele verzoek en noemt elke regel.',
    },
    security: [{ bearer: [] }],
    paths: {
      '/v1/inhuisregistraties': {
        post: {
          summary: 'Registraties in een venster vastleggen',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Inhuisregistraties' } } },
          },
          responses: {
            '201': {
              description: 'Vastgelegd (een herhaling telt als al geregistreerd)',
              headers: { 'API-Version': { schema: { type: 'string' } } },
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      locatie: { type: 'string' },
                      geregistreerd: { type: 'integer' },
                      alGeregistreerd: { type: 'integer' },
                    },
                  },
                },
              },
            },
            '400': probleem,
            '401': probleem,
            '403': probleem,
            '404': probleem,
          },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        Inhuisregistraties: z.toJSONSchema(registratiesSchema, { unrepresentable: 'any', io: 'input' }),
        Probleem: PROBLEEM_SCHEMA,
      },
    },
  };
}

@Controller('v1')
export class PlanningOpenApiController {
  constructor(@Inject(CONFIG) private readonly config: BasisConfig) {}

  @Get('openapi.json')
  @Publiek()
  document() {
    return planningOpenApi(this.config.API_VERSIE);
  }
}
