import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { readOpenDataCatalogue } from '../../../commands/opendata/readOpenDataCatalogue.ts';
import { pageCatalogue, parseModifiedSince } from '../../../domain/opendata/dcatPaging.ts';
import { AppError } from '../../../domain/errors.ts';
import type { AppDeps } from '../../appDeps.ts';
import { catalogueGraph, datasetGraph } from '../../dcat/dcatGraph.ts';
import { RDF_FORMATS, serializeRdf, type RdfFormat } from '../../dcat/serializeRdf.ts';
import { standardErrors } from '../../schemas/common.ts';
import { CatalogueParams, CatalogueQuery, DatasetParams, RdfDocument } from './dcatSchema.ts';

const tag = { tags: ['open data'] };

/** The origin the request came to (behind a trusted proxy, the one it names), so every IRI resolves where it was found. */
function originOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

async function send(reply: FastifyReply, format: RdfFormat, body: Promise<string>) {
  return reply
    .type(RDF_FORMATS[format].mediaType)
    .header('cache-control', 'public, max-age=300')
    .send(await body);
}

/**
 * The DCAT-AP 3 catalogue of the published open datasets, for data.go.th, data.europa.eu and any
 * DCAT harvester (ckanext-dcat's RDF harvester follows the Hydra pages). Public: metadata only,
 * the same rows the CKAN Action API and the downloads read.
 */
export const dcatRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app) => {
  app.get(
    '/catalog.:format',
    {
      schema: {
        ...tag,
        summary: 'The DCAT-AP 3 catalogue of published open datasets (Turtle, JSON-LD or RDF/XML), 100 datasets a page with Hydra links',
        params: CatalogueParams,
        querystring: CatalogueQuery,
        response: { 200: RdfDocument, 400: standardErrors[400] },
      },
    },
    async (request, reply) => {
      const modifiedSince = parseModifiedSince(request.query.modified_since);
      const catalogue = await readOpenDataCatalogue(request.readDb);
      const page = pageCatalogue(catalogue.datasets, { page: request.query.page, modifiedSince });
      const quads = catalogueGraph(catalogue, page, { origin: originOf(request), extension: request.params.format });
      return send(reply, request.params.format, serializeRdf(quads, request.params.format));
    },
  );

  app.get(
    '/dataset/:name.:format',
    {
      schema: {
        ...tag,
        summary: 'One published open dataset in DCAT-AP 3 (Turtle, JSON-LD or RDF/XML)',
        params: DatasetParams,
        response: { 200: RdfDocument, 400: standardErrors[400], 404: standardErrors[404] },
      },
    },
    async (request, reply) => {
      const catalogue = await readOpenDataCatalogue(request.readDb);
      const dataset = catalogue.datasets.find((candidate) => candidate.name === request.params.name);
      if (!dataset) throw new AppError('not_found');
      const quads = datasetGraph(catalogue.settings, dataset, { origin: originOf(request) });
      return send(reply, request.params.format, serializeRdf(quads, request.params.format));
    },
  );
};
