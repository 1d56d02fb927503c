import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { decideObjection } from '../../../commands/infoRequests/objections/decideObjection.ts';
import { fileObjection, withdrawObjection } from '../../../commands/infoRequests/objections/fileObjection.ts';
import { listObjections, readObjectionWays } from '../../../commands/infoRequests/objections/listObjections.ts';
import {
  DecisionBody,
  DecisionResult,
  ObjectionBody,
  ObjectionCreated,
  ObjectionList,
  ObjectionListQuery,
  ObjectionParams,
  ObjectionWaysView,
} from '../../../shared/api/infoRequestAnswers.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentPublicObjection, presentStaffObjection, presentWay } from '../../presenters/presentInfoRequestAnswers.ts';
import { IdParams, Ok, standardErrors } from '../../schemas/common.ts';
import { TrackingParams } from '../complaints/complaintSchema.ts';

const publicErrors = {
  400: Type.Ref('ErrorResponse'),
  404: Type.Ref('ErrorResponse'),
  409: Type.Ref('ErrorResponse'),
  429: Type.Ref('ErrorResponse'),
};

/**
 * The two ways to object, kept apart (section 18 appeal, section 13 complaint): the requester's side by
 * tracking code (rate-limited per address like complaint tracking), and the Commission's office's list
 * and decisions.
 */
export const infoRequestObjectionRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const perMinute = deps.publicComplaintsPerMinute ?? 20;
  const limited = (max: number) => ({ rateLimit: { max, timeWindow: '1 minute' } });

  app.get(
    '/api/public/info-requests/:code/objections',
    {
      schema: {
        tags: ['information requests (public)'],
        summary: 'Which way to object is open now, until when, and the objections so far (by tracking code)',
        security: [],
        params: TrackingParams,
        response: { 200: ObjectionWaysView, ...publicErrors },
      },
      config: limited(perMinute * 6),
    },
    async (request) => {
      const read = await readObjectionWays(deps, request.params.code);
      return {
        ref: read.ref,
        title: read.title,
        state: read.state,
        dueAt: read.dueAt?.toISOString() ?? null,
        answeredAt: read.answeredAt?.toISOString() ?? null,
        outcome: read.outcome,
        appeal: presentWay(read.ways.appeal),
        oicComplaint: presentWay(read.ways.oic_complaint),
        objections: read.objections.map(presentPublicObjection),
      };
    },
  );

  app.post(
    '/api/public/info-requests/:code/objections',
    {
      schema: {
        tags: ['information requests (public)'],
        summary:
          'Appeal a refusal (section 18, before its deadline; 409 appeal_deadline_passed after it) or complain of delay or non-compliance (section 13; 409 objection_not_available when not open)',
        security: [],
        params: TrackingParams,
        body: ObjectionBody,
        response: { 201: ObjectionCreated, ...publicErrors },
      },
      config: limited(perMinute),
    },
    async (request, reply) => {
      const made = await fileObjection(deps, request.params.code, request.body);
      reply.status(201);
      return { id: made.id, dueAt: made.dueAt.toISOString() };
    },
  );

  app.post(
    '/api/public/info-requests/:code/objections/:objectionId/withdraw',
    {
      schema: {
        tags: ['information requests (public)'],
        summary: 'Withdraw an open objection (by tracking code)',
        security: [],
        params: ObjectionParams,
        response: { 200: Ok, ...publicErrors },
      },
      config: limited(perMinute),
    },
    async (request) => {
      await withdrawObjection(deps, request.params.code, request.params.objectionId);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/info-request-objections',
    {
      schema: {
        tags: ['information requests: objections'],
        summary: "The objections the Commission's office works on: open first, soonest due first, overdue flagged",
        querystring: ObjectionListQuery,
        response: { 200: ObjectionList, ...standardErrors },
      },
    },
    async (request) => {
      const listed = await listObjections(
        { ...deps, actor: requireActor(request) },
        { status: request.query.status ?? 'open', limit: request.query.limit ?? 50, offset: request.query.offset ?? 0 },
      );
      return { items: listed.items.map(presentStaffObjection), total: listed.total, canDecide: listed.canDecide };
    },
  );

  app.post(
    '/api/info-request-objections/:id/decision',
    {
      schema: {
        tags: ['information requests: objections'],
        summary:
          "Record the decision on an objection (the Commission's office): appeal upheld / overturned / partly_overturned; complaint agency_ordered_to_answer / no_fault / extended (once)",
        params: IdParams,
        body: DecisionBody,
        response: { 200: DecisionResult, ...standardErrors },
      },
    },
    async (request) => {
      const decided = await decideObjection({ ...deps, actor: requireActor(request) }, request.params.id, request.body);
      return { ...decided, dueAt: decided.dueAt?.toISOString() ?? null };
    },
  );
};
