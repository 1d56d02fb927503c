import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { answerClarification } from '../../../commands/infoRequests/clarifyInfoRequest.ts';
import { fileInfoRequestOnce } from '../../../commands/infoRequests/fileInfoRequestOnce.ts';
import { searchAgencies } from '../../../commands/infoRequests/readInfoRequest.ts';
import { readRequesterDocument, trackInfoRequest } from '../../../commands/infoRequests/trackInfoRequest.ts';
import { withdrawInfoRequest } from '../../../commands/infoRequests/withdrawInfoRequest.ts';
import type { AppDeps } from '../../appDeps.ts';
import { presentAgencyChoice, presentFiled } from '../../presenters/presentInfoRequest.ts';
import { Ok } from '../../schemas/common.ts';
import { IdempotencyHeaders } from '../complaints/complaintSchema.ts';
import {
  AgencyList,
  AgencyQuery,
  ClarificationAnswerBody,
  DocumentParams,
  FiledInfoRequestView,
  InfoRequestCodeParams,
  PublicInfoRequestBody,
  TrackedInfoRequestView,
  WithdrawBody,
} from '../../../shared/api/infoRequests.ts';

const errors = {
  400: Type.Ref('ErrorResponse'),
  404: Type.Ref('ErrorResponse'),
  409: Type.Ref('ErrorResponse'),
  422: Type.Ref('ErrorResponse'),
  429: Type.Ref('ErrorResponse'),
};
const tags = ['information requests (public)'];

/**
 * The requester's side, without signing in: choose an agency, file a request, follow it by its
 * tracking code, answer the agency's question, withdraw it, download the documents of the answer.
 * The code is the requester's secret: rate-limited per address like a complaint's, and an unknown
 * code is answered exactly like a malformed one.
 */
export const publicInfoRequestRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const perMinute = deps.publicComplaintsPerMinute ?? 20;
  const limited = (max: number) => ({ rateLimit: { max, timeWindow: '1 minute' } });

  app.get(
    '/api/public/info-requests/agencies',
    {
      schema: {
        tags,
        summary: 'Agencies a request may be addressed to, by Thai or English name or abbreviation, with their parents',
        security: [],
        querystring: AgencyQuery,
        response: { 200: AgencyList, ...errors },
      },
      config: limited(perMinute * 6),
    },
    async (request) => {
      const { rows, total } = await searchAgencies(deps, {
        q: request.query.q,
        limit: request.query.limit ?? 10,
        offset: request.query.offset ?? 0,
      });
      return { items: rows.map(presentAgencyChoice), total };
    },
  );

  app.post(
    '/api/public/info-requests',
    {
      schema: {
        tags,
        summary:
          "File a request for official information; answers its reference and tracking code (the requester's secret). Send an Idempotency-Key to retry safely",
        security: [],
        headers: IdempotencyHeaders,
        body: PublicInfoRequestBody,
        response: { 201: FiledInfoRequestView, 200: FiledInfoRequestView, ...errors },
      },
      config: limited(perMinute),
    },
    async (request, reply) => {
      const filed = await fileInfoRequestOnce(
        { db: deps.db, clock: deps.clock, actor: null },
        { ...request.body, channel: 'web' },
        request.headers['idempotency-key'],
      );
      reply.status(filed.replayed ? 200 : 201);
      return presentFiled(filed);
    },
  );

  app.get(
    '/api/public/info-requests/:code',
    {
      schema: {
        tags,
        summary: 'Follow a request by its tracking code: state, deadline, transfers, the answer and its documents',
        security: [],
        params: InfoRequestCodeParams,
        response: { 200: TrackedInfoRequestView, ...errors },
      },
      config: limited(perMinute * 6),
    },
    async (request) => trackInfoRequest(deps, request.params.code),
  );

  app.get(
    '/api/public/info-requests/:code/documents/:documentId',
    {
      schema: {
        tags,
        summary: 'Download a document of the answer, for the requester holding the code (whatever its publication review)',
        security: [],
        params: DocumentParams,
        response: { 200: Type.Any(), ...errors },
      },
      config: limited(perMinute * 6),
    },
    async (request, reply) => {
      const { meta, data } = await readRequesterDocument(deps, request.params.code, request.params.documentId);
      reply
        .header('content-type', meta.content_type)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(meta.filename)}`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store');
      return reply.send(data);
    },
  );

  app.post(
    '/api/public/info-requests/:code/clarification',
    {
      schema: {
        tags,
        summary: "Answer the agency's question; the clock runs again and the deadline moves by the time it stood still",
        security: [],
        params: InfoRequestCodeParams,
        body: ClarificationAnswerBody,
        response: { 200: Ok, ...errors },
      },
      config: limited(perMinute),
    },
    async (request) => {
      await answerClarification(deps, request.params.code, { answer: request.body.answer });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/public/info-requests/:code/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw the request while the agency still owes an answer',
        security: [],
        params: InfoRequestCodeParams,
        body: Type.Optional(WithdrawBody),
        response: { 200: Ok, ...errors },
      },
      config: limited(perMinute),
    },
    async (request) => {
      await withdrawInfoRequest(deps, request.params.code);
      return { ok: true as const };
    },
  );
};
