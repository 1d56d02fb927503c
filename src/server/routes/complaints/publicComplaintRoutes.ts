import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { createComplaint, likelyDuplicates } from '../../../commands/complaints/createComplaint.ts';
import { listPublicCategories } from '../../../commands/complaints/listPublicCategories.ts';
import { rateComplaint, reopenComplaint } from '../../../commands/complaints/citizenActions.ts';
import { trackComplaint } from '../../../commands/complaints/trackComplaint.ts';
import { uploadComplaintPhoto } from '../../../commands/complaints/uploadComplaintPhoto.ts';
import type { AppDeps } from '../../appDeps.ts';
import { presentCreatedUnit } from '../../presenters/presentUnit.ts';
import { presentCategory, presentDuplicateHint, presentTracked } from '../../presenters/presentComplaint.ts';
import { Ok } from '../../schemas/common.ts';
import { readOneFile } from '../attachments/attachmentRoutes.ts';
import {
  CategoryList,
  DuplicateCheckBody,
  DuplicateHintList,
  IdempotencyHeaders,
  PhotoView,
  PublicComplaintBody,
  PublicCreatedView,
  RatingBody,
  ReopenBody,
  TrackedView,
  TrackingParams,
} from './complaintSchema.ts';

const errors = {
  400: Type.Ref('ErrorResponse'),
  404: Type.Ref('ErrorResponse'),
  409: Type.Ref('ErrorResponse'),
  422: Type.Ref('ErrorResponse'),
  429: Type.Ref('ErrorResponse'),
};

/**
 * The citizen's side, without signing in: the categories, filing a complaint
 * (with photos uploaded first), likely duplicates before filing, tracking by
 * code, rating and reopening. Rate-limited per address. The tracking code is
 * the key to a complaint: whoever holds it may follow, rate and reopen it, so
 * it is answered only to the one who filed the complaint; every other
 * complaint (a likely duplicate) is named by its public id.
 */
export const publicComplaintRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const perMinute = deps.publicComplaintsPerMinute ?? 20;
  const limited = (max: number) => ({ rateLimit: { max, timeWindow: '1 minute' } });

  app.get(
    '/api/public/complaint-categories',
    {
      schema: {
        tags: ['complaints (public)'],
        summary: 'The complaint categories citizens choose from',
        security: [],
        response: { 200: CategoryList },
      },
    },
    async () => {
      return { items: (await listPublicCategories(deps)).map(presentCategory) };
    },
  );

  app.post(
    '/api/public/complaint-photos',
    {
      schema: {
        tags: ['complaints (public)'],
        summary: 'Upload one photo for a complaint (multipart/form-data, field "file"); images only, resized',
        security: [],
        consumes: ['multipart/form-data'],
        response: { 201: PhotoView, 413: Type.Ref('ErrorResponse'), 415: Type.Ref('ErrorResponse'), ...errors },
      },
      config: limited(perMinute * 5),
    },
    async (request, reply) => {
      const { filename, data } = await readOneFile(request);
      const meta = await uploadComplaintPhoto(deps, { filename, data, uploadedBy: request.user?.id ?? null });
      reply.status(201);
      return { id: meta.id, sizeBytes: meta.size_bytes };
    },
  );

  app.post(
    '/api/public/complaints/likely-duplicates',
    {
      schema: {
        tags: ['complaints (public)'],
        summary: 'Complaints like this one already filed nearby in the last 30 days, before filing',
        security: [],
        body: DuplicateCheckBody,
        response: { 200: DuplicateHintList, ...errors },
      },
      config: limited(perMinute * 3),
    },
    async (request) => {
      const items = await likelyDuplicates(deps, { ...request.body, now: deps.clock.now() });
      return { items: items.map(presentDuplicateHint) };
    },
  );

  app.post(
    '/api/public/complaints',
    {
      schema: {
        tags: ['complaints (public)'],
        summary:
          "File a complaint; answers its tracking code (the filer's secret) and its public id. Send an Idempotency-Key to retry safely",
        security: [],
        headers: IdempotencyHeaders,
        body: PublicComplaintBody,
        response: { 201: PublicCreatedView, 200: PublicCreatedView, ...errors },
      },
      config: limited(perMinute),
    },
    async (request, reply) => {
      const created = await createComplaint(
        { db: deps.db, clock: deps.clock, actor: null },
        { ...request.body, channel: 'web', idempotencyKey: request.headers['idempotency-key'] },
      );
      reply.status(created.replayed ? 200 : 201);
      return {
        trackingCode: created.trackingCode,
        publicId: created.publicId,
        unit: presentCreatedUnit(created),
        duplicates: created.duplicates.map(presentDuplicateHint),
        replayed: created.replayed,
      };
    },
  );

  app.get(
    '/api/public/complaints/:code',
    {
      schema: {
        tags: ['complaints (public)'],
        summary: 'Follow a complaint by its tracking code: status and history in plain words',
        security: [],
        params: TrackingParams,
        response: { 200: TrackedView, ...errors },
      },
      config: limited(perMinute * 6),
    },
    async (request) => presentTracked(await trackComplaint(deps, request.params.code)),
  );

  app.post(
    '/api/public/complaints/:code/rating',
    {
      schema: {
        tags: ['complaints (public)'],
        summary: 'Rate a resolved complaint 1–5',
        security: [],
        params: TrackingParams,
        body: RatingBody,
        response: { 200: Ok, ...errors },
      },
      config: limited(perMinute),
    },
    async (request) => {
      await rateComplaint(deps, request.params.code, { rating: request.body.rating, comment: request.body.comment?.trim() || null });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/public/complaints/:code/reopen',
    {
      schema: {
        tags: ['complaints (public)'],
        summary: 'Reopen a resolved complaint within 30 days, saying why',
        security: [],
        params: TrackingParams,
        body: ReopenBody,
        response: { 200: Ok, ...errors },
      },
      config: limited(perMinute),
    },
    async (request) => {
      await reopenComplaint(deps, request.params.code, { reason: request.body.reason });
      return { ok: true as const };
    },
  );
};
