import { Type, type Static } from 'typebox';

/**
 * Inputs of Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2). Every
 * answer comes in JSON or XML, chosen by the path's suffix as the spec does
 * (`services.json`, `requests/7hq2m0c9xk4d.xml`). A request is named by its
 * public id, never by its tracking code, which is the citizen's secret.
 */
export const Format = Type.Union([Type.Literal('json'), Type.Literal('xml')], { description: 'json or xml' });

export const FormatParams = Type.Object({ format: Format }, { additionalProperties: false });
export const ServiceParams = Type.Object(
  { code: Type.String({ pattern: '^[a-z0-9_-]{1,60}$' }), format: Format },
  { additionalProperties: false },
);
export const RequestParams = Type.Object(
  { id: Type.String({ minLength: 1, maxLength: 60 }), format: Format },
  { additionalProperties: false },
);

const Jurisdiction = {
  jurisdiction_id: Type.Optional(Type.String({ maxLength: 100, description: 'Accepted and ignored: one jurisdiction per installation' })),
};

export const JurisdictionQuery = Type.Object(Jurisdiction, { additionalProperties: false });

export const RequestsQuery = Type.Object(
  {
    ...Jurisdiction,
    service_request_id: Type.Optional(
      Type.String({ maxLength: 2000, description: 'service_request_ids (public ids), comma separated; overrides the other filters' }),
    ),
    service_code: Type.Optional(Type.String({ maxLength: 600, description: 'Service codes, comma separated' })),
    start_date: Type.Optional(Type.String({ format: 'date-time' })),
    end_date: Type.Optional(Type.String({ format: 'date-time' })),
    status: Type.Optional(Type.String({ pattern: '^(open|closed)(,(open|closed))?$' })),
  },
  { additionalProperties: false },
);
export type RequestsQuery = Static<typeof RequestsQuery>;

const Coordinate = (min: number, max: number) => Type.Number({ minimum: min, maximum: max });

export const CreateRequestBody = Type.Object(
  {
    ...Jurisdiction,
    api_key: Type.String({ minLength: 1, maxLength: 200 }),
    service_code: Type.String({ minLength: 1, maxLength: 60 }),
    lat: Type.Optional(Coordinate(-90, 90)),
    long: Type.Optional(Coordinate(-180, 180)),
    address_string: Type.Optional(Type.String({ maxLength: 500 })),
    address_id: Type.Optional(
      Type.String({ maxLength: 20, description: 'A DOPA area code: province (2 digits), district (4) or subdistrict (6)' }),
    ),
    email: Type.Optional(Type.String({ maxLength: 254 })),
    device_id: Type.Optional(Type.String({ maxLength: 200 })),
    account_id: Type.Optional(Type.String({ maxLength: 200 })),
    first_name: Type.Optional(Type.String({ maxLength: 100 })),
    last_name: Type.Optional(Type.String({ maxLength: 100 })),
    phone: Type.Optional(Type.String({ maxLength: 40 })),
    description: Type.String({ minLength: 1, maxLength: 4000 }),
    media_url: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  {
    additionalProperties: false,
    patternProperties: { '^attribute\\[[a-z_]{1,40}\\]$': Type.String({ maxLength: 200 }) },
    description: 'Form fields (application/x-www-form-urlencoded) or the same as JSON',
  },
);
export type CreateRequestBody = Static<typeof CreateRequestBody>;
