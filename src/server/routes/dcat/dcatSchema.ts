import { Type, type Static } from 'typebox';

/**
 * Inputs of the DCAT catalogue (issue #12 item 5): the serialization by the path's extension,
 * as ckanext-dcat serves `/catalog.{ttl,jsonld,rdf,xml}` and `/dataset/{name}.{format}`, and the
 * page and `modified_since` filter a harvester sends for an incremental run.
 */
export const RdfFormatParam = Type.Union([Type.Literal('ttl'), Type.Literal('jsonld'), Type.Literal('rdf'), Type.Literal('xml')], {
  description: 'ttl (Turtle), jsonld (JSON-LD), rdf or xml (RDF/XML)',
});

export const CatalogueParams = Type.Object({ format: RdfFormatParam }, { additionalProperties: false });
export type CatalogueParams = Static<typeof CatalogueParams>;

export const CatalogueQuery = Type.Object(
  {
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000, description: 'The page, from 1; 100 datasets a page' })),
    modified_since: Type.Optional(
      Type.String({ maxLength: 40, description: 'Only datasets modified at or after this ISO 8601 date or date-time' }),
    ),
  },
  { additionalProperties: false },
);
export type CatalogueQuery = Static<typeof CatalogueQuery>;

export const DatasetParams = Type.Object(
  { name: Type.String({ pattern: '^[a-z0-9][a-z0-9_-]{0,99}$', description: 'The dataset name (CKAN name)' }), format: RdfFormatParam },
  { additionalProperties: false },
);
export type DatasetParams = Static<typeof DatasetParams>;

/** The answer: RDF text in the format the path names (text/turtle, application/ld+json or application/rdf+xml). */
export const RdfDocument = Type.String({ description: 'A DCAT-AP 3 document in Turtle, JSON-LD or RDF/XML, as the extension names' });
