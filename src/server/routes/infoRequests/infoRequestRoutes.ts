import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { askClarification } from '../../../commands/infoRequests/clarifyInfoRequest.ts';
import { fileInfoRequestOnce } from '../../../commands/infoRequests/fileInfoRequestOnce.ts';
import { listInfoRequests, readInfoRequest, readRequester } from '../../../commands/infoRequests/readInfoRequest.ts';
import { transferInfoRequest } from '../../../commands/infoRequests/transferInfoRequest.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentFiled, presentInfoRequestListItem, presentRequester } from '../../presenters/presentInfoRequest.ts';
import { IdParams, Ok, standardErrors } from '../../schemas/common.ts';
import { IdempotencyHeaders } from '../complaints/complaintSchema.ts';
import {
  ClarificationQuestionBody,
  InfoRequestList,
  InfoRequestListQuery,
  RequesterView,
  StaffFiledInfoRequestView,
  StaffInfoRequestBody,
  StaffInfoRequestView,
  TransferBody,
} from '../../../shared/api/infoRequests.ts';

const errors = { ...standardErrors, 422: Type.Ref('ErrorResponse') };
const tags = ['information requests'];

/**
 * Staff work on requests for information: operators and agency staff file a request for a caller,
 * the agency lists and reads its requests, transfers one to the agency that holds the information,
 * asks the requester to clarify, and reads the requester's contact (each read recorded).
 */
export const infoRequestRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.post(
    '/api/info-requests',
    {
      schema: {
        tags,
        summary: 'File a request for someone who asked by phone, letter or at a counter. Send an Idempotency-Key to retry safely',
        headers: IdempotencyHeaders,
        body: StaffInfoRequestBody,
        response: { 201: StaffFiledInfoRequestView, 200: StaffFiledInfoRequestView, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const filed = await fileInfoRequestOnce({ db: deps.db, clock: deps.clock, actor }, request.body, request.headers['idempotency-key']);
      reply.status(filed.replayed ? 200 : 201);
      return { ...presentFiled(filed), caseId: filed.caseId };
    },
  );

  app.get(
    '/api/info-requests',
    {
      schema: {
        tags,
        summary: "Requests the actor's unit handles (every request for the Commission's office and national roles), by displayed state",
        querystring: InfoRequestListQuery,
        response: { 200: InfoRequestList, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { rows, total } = await listInfoRequests(
        { ...deps, actor },
        { state: request.query.state, limit: request.query.limit ?? 25, offset: request.query.offset ?? 0 },
      );
      return { items: rows.map(presentInfoRequestListItem), total };
    },
  );

  app.get(
    '/api/info-requests/:id',
    {
      schema: {
        tags,
        summary: 'A request: state, deadline, agency, transfers, answers, documents, objections, timeline and allowed actions',
        params: IdParams,
        response: { 200: StaffInfoRequestView, ...errors },
      },
    },
    async (request) => readInfoRequest({ ...deps, actor: requireActor(request) }, request.params.id),
  );

  app.get(
    '/api/info-requests/:id/requester',
    {
      schema: {
        tags,
        summary: "The requester's identity and contact (those handling the request only; each read is recorded)",
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(RequesterView) }), ...errors },
      },
    },
    async (request) => {
      const rows = await readRequester({ ...deps, actor: requireActor(request) }, request.params.id);
      return { items: rows.map(presentRequester) };
    },
  );

  app.post(
    '/api/info-requests/:id/transfer',
    {
      schema: {
        tags,
        summary: 'Transfer the request to the agency that holds the information (section 12), with the reason',
        params: IdParams,
        body: TransferBody,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      await transferInfoRequest({ ...deps, actor: requireActor(request) }, request.params.id, request.body);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/info-requests/:id/clarification',
    {
      schema: {
        tags,
        summary: 'Ask the requester to clarify; the clock stops until they answer',
        params: IdParams,
        body: ClarificationQuestionBody,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      await askClarification({ ...deps, actor: requireActor(request) }, request.params.id, request.body);
      return { ok: true as const };
    },
  );
};
