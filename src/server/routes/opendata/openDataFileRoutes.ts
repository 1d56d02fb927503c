import { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { findCurrentOpenDataFile, findPublishedOpenDataFile, streamOpenDataFile } from '../../../commands/opendata/readOpenDataFile.ts';
import type { AppDeps } from '../../appDeps.ts';
import { OpenDataCurrentFileParams, OpenDataFileParams } from './openDataFileSchema.ts';

/** Downloads are public; a harvester fetching every file of the catalogue stays far below this. */
const downloadLimit = { max: 300, timeWindow: 60_000 };

/** Does `If-None-Match` (RFC 9110 13.1.2: a list, weak comparison, or `*`) name this entity tag? */
export function matchesEntityTag(header: string | string[] | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return [header]
    .flat()
    .flatMap((value) => value.split(','))
    .some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/**
 * The open-data files (issue #12): `/opendata/files/:id/:fileName` streams one export's file from
 * its chunks with its length, its sha256 as the entity tag and a five-minute public cache (an
 * export replaces the file under a new id, so a cached copy is never wrong for its address);
 * `/opendata/:dataset/:fileName` is the stable address catalogues publish, answering 302 to the
 * current file.
 */
export const openDataFileRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app) => {
  app.get(
    '/opendata/files/:id/:fileName',
    {
      schema: {
        tags: ['open data'],
        summary: 'Download one file of a published open dataset (streams; ETag is its sha256)',
        params: OpenDataFileParams,
        security: [],
      },
      config: { rateLimit: downloadLimit },
    },
    async (request, reply) => {
      const file = await findPublishedOpenDataFile(request.readDb, request.params.id, request.params.fileName);
      const etag = `"${file.sha256}"`;
      reply
        .header('etag', etag)
        .header('cache-control', 'public, max-age=300')
        .header('last-modified', new Date(file.modifiedAt).toUTCString());
      if (matchesEntityTag(request.headers['if-none-match'], etag)) return reply.status(304).send();
      return reply
        .type(file.mediaType)
        .header('content-length', String(file.byteSize))
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(Readable.from(streamOpenDataFile(request.readDb, file.id)));
    },
  );

  app.get(
    '/opendata/:dataset/:fileName',
    {
      schema: {
        tags: ['open data'],
        summary: 'The current file of a published dataset by its stable name (302 to the download)',
        params: OpenDataCurrentFileParams,
        security: [],
      },
      config: { rateLimit: downloadLimit },
    },
    async (request, reply) => {
      const file = await findCurrentOpenDataFile(request.readDb, request.params.dataset, request.params.fileName);
      return reply.header('cache-control', 'no-cache').redirect(file.filePath, 302);
    },
  );
};
