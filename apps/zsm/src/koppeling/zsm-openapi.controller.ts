import { Controller, Get, Inject } from '@nestjs/common';
import { z } from 'zod';
import {
  afdoeningSchema,
  bevragingSchema,
  detentieEindeSchema,
  detentieSchema,
  zsmRegistratieSchema,
} from '@ketenbeeld/domain';
import { CONFIG, PROBLEEM_ANTWOORD, PROBLEEM_SCHEMA, Publiek, type BasisConfig } from '@ketenbeeld/platform';

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' });

/** The published description of the ZSM and detention API (NL GOV API design rules: public). */
export function zsmOpenApi(versie: string) {
  const probleem = PROBLEEM_ANTWOORD;
  const fouten = { '400': probleem, '401': probleem, '403': probleem, '404': probleem, '429': probleem };
  const body = (ref: string) => ({
    required: true,
    content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } },
  });
  const ok = (beschrijving: string) => ({
    description: beschrijving,
    headers: { 'API-Version': { schema: { type: 'string' } } },
    content: { 'application/json': { schema: { type: 'object' } } },
  });
  return {
    openapi: '3.1.0',
    info: {
      title: 'Ketenbeeld ZSM-koppeling',
      version: versie,
      description:
        'Voor ZSM-tafels van het OM (rol ZSM_OFFICIER) en DJI (rol DETENTIEMELDER). Elke bevraging vraagt een doel en een ZSM-referentie en wordt gelogd (AVG art. 5). Limiet per client: 20 verzoeken per seconde, piek 40.',
    },
    security: [{ bearer: [] }],
    paths: {
      '/v1/zsm/bevragingen': {
        post: {
          summary: 'Waar staat deze verdachte in de asielketen?',
          requestBody: body('Bevraging'),
          responses: {
            '200': ok('Ketenbeeld uit het lokale leesmodel, met de actualiteit per bron'),
            ...fouten,
          },
        },
      },
      '/v1/zsm/registraties': {
        post: {
          summary: 'Een verdachte is bij ZSM binnengekomen',
          requestBody: body('ZsmRegistratie'),
          responses: {
            '201': ok('Geregistreerd; wordt een signaal voor het kernteam, de wettelijke klokken lopen'),
            ...fouten,
          },
        },
      },
      '/v1/zsm/registraties/{id}/afdoeningen': {
        post: {
          summary: 'De beslissing van het OM',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
          ],
          requestBody: body('Afdoening'),
          responses: { '201': ok('Vastgelegd; zichtbaar op de casus'), ...fouten },
        },
      },
      '/v1/detenties': {
        post: {
          summary: 'DJI meldt een detentie',
          requestBody: body('Detentie'),
          responses: { '201': ok('Vastgelegd'), ...fouten },
        },
      },
      '/v1/detenties/{id}/einde': {
        post: {
          summary: 'DJI meldt het einde van een detentie',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
          ],
          requestBody: body('DetentieEinde'),
          responses: { '200': ok('Vastgelegd'), ...fouten },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        Bevraging: json(bevragingSchema),
        ZsmRegistratie: json(zsmRegistratieSchema),
        Afdoening: json(afdoeningSchema),
        Detentie: json(detentieSchema),
        DetentieEinde: json(detentieEindeSchema),
        Probleem: PROBLEEM_SCHEMA,
      },
    },
  };
}

@Controller('v1')
export class ZsmOpenApiController {
  constructor(@Inject(CONFIG) private readonly config: BasisConfig) {}

  @Get('openapi.json')
  @Publiek()
  document() {
    return zsmOpenApi(this.config.API_VERSIE);
  }
}
