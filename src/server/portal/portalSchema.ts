import { Type, type Static } from 'typebox';

/**
 * Query strings of the portal pages. Other parameters are let through and ignored: a page shared
 * on Facebook or LINE comes back with tracking parameters (`fbclid`), and must still open.
 */
export const PortalQuery = Type.Object(
  {
    lang: Type.Optional(Type.Union([Type.Literal('th'), Type.Literal('en')], { description: 'Thai by default' })),
    fiscalYear: Type.Optional(Type.Integer({ minimum: 2540, maximum: 2700, description: 'Buddhist era' })),
  },
  { additionalProperties: true },
);
export type PortalQuery = Static<typeof PortalQuery>;

export const PortalCodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }) });
export const PortalZoneParams = Type.Object({ number: Type.String({ minLength: 1, maxLength: 3 }) });
export const PortalIdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const TrackQuery = Type.Object({ code: Type.Optional(Type.String({ maxLength: 64 })) }, { additionalProperties: true });
export const TrackParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 64 }) });

/** Pages answer HTML (sent as text, so the JSON serializer leaves it alone); a 404 is a page too. */
export const HtmlPage = Type.String({ description: 'An HTML page (text/html; charset=utf-8)' });
export const PhotoFile = Type.String({ format: 'binary', description: 'A JPEG without metadata' });
