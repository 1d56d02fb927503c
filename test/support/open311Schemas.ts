import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * The shared Open311 GeoReport v2 JSON Schemas (reference-data/open311,
 * from open311/schema-validation), compiled with Ajv, to check every answer
 * of our Open311 endpoint.
 */
const dir = new URL('../../reference-data/open311/', import.meta.url);
const read = (name: string) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as Record<string, unknown>;

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addFormat('uid', true);
for (const name of ['service.json', 'services.json', 'service-definition.json', 'request.json', 'requests.json'])
  ajv.addSchema(read(name), name);
const swagger = read('swagger.json') as { definitions: Record<string, unknown> };

export const open311Schemas = {
  services: ajv.getSchema('services.json')!,
  serviceDefinition: ajv.getSchema('service-definition.json')!,
  requests: ajv.getSchema('requests.json')!,
  /** The answer to POST requests, from the swagger description: an array of { service_request_id, service_notice, ... }. */
  requestResponses: ajv.compile({ type: 'array', minItems: 1, items: swagger.definitions.RequestResponse }),
  /** Open311 errors have no schema in the shared set; this is the spec's shape: [{ code, description }]. */
  errors: ajv.compile({
    type: 'array',
    minItems: 1,
    items: {
      type: 'object',
      required: ['code', 'description'],
      properties: { code: { type: 'integer' }, description: { type: 'string', minLength: 1 } },
      additionalProperties: false,
    },
  }),
};

export function schemaErrors(validate: ValidateFunction, value: unknown): string {
  return validate(value) ? '' : ajv.errorsText(validate.errors);
}
