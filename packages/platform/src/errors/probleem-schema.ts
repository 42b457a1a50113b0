/**
 * The problem+json body every REST error has (RFC 9457 with our `code` and per-field `fouten`), as
 * a JSON Schema for the services' OpenAPI documents; the filter in domein-fout.filter.ts writes it.
 */
export const PROBLEEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string' },
    fouten: {
      type: 'array',
      items: { type: 'object', properties: { veld: { type: 'string' }, reden: { type: 'string' } } },
    },
  },
} as const;

/** An OpenAPI response for an error, referring to the Probleem schema. */
export const PROBLEEM_ANTWOORD = {
  description: 'Fout (problem+json met code en fouten per veld)',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Probleem' } } },
} as const;
