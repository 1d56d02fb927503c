import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { createComplaint, likelyDuplicates } from '../../../commands/complaints/createComplaint.ts';
import { readStaffComplaint } from '../../../commands/complaints/readStaffComplaint.ts';
import {
  findCaller,
  mergeComplaint,
  readComplainants,
  rerouteComplaint,
  resumeComplaint,
  waitForCitizen,
} from '../../../commands/complaints/staffComplaintActions.ts';
import { AppError } from '../../../domain/errors.ts';
import { canTakeComplaints } from '../../../domain/policies/complaintPolicy.ts';
import type { AppDeps } from '../../appDeps.ts';
import { presentCreatedUnit } from '../../presenters/presentUnit.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentContact, presentStaffComplaint } from '../../presenters/presentComplaint.ts';
import { IdParams, Ok, standardErrors } from '../../schemas/common.ts';
import { expectedVersionOf, IfMatchHeaders } from '../../schemas/ifMatch.ts';
import {
  CallerQuery,
  CallerView,
  ContactList,
  CreatedComplaintView,
  DuplicateCheckBody,
  IdempotencyHeaders,
  MergeBody,
  RerouteBody,
  ResumeBody,
  StaffComplaintBody,
  StaffComplaintView,
  StaffDuplicateList,
  WaitBody,
} from './complaintSchema.ts';

const errors = { ...standardErrors, 422: Type.Ref('ErrorResponse') };
const tags = ['complaints'];

/** Staff work on complaints: operators file them, the handling unit reads contacts, re-routes, waits for the citizen, merges. */
export const complaintRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.post(
    '/api/complaints',
    {
      schema: {
        tags,
        summary: 'File a complaint taken by phone, mail or at a counter (operators). Send an Idempotency-Key to retry safely',
        headers: IdempotencyHeaders,
        body: StaffComplaintBody,
        response: { 201: CreatedComplaintView, 200: CreatedComplaintView, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!canTakeComplaints(actor)) throw new AppError('forbidden');
      const created = await createComplaint({ ...deps, actor }, { ...request.body, idempotencyKey: request.headers['idempotency-key'] });
      reply.status(created.replayed ? 200 : 201);
      return {
        caseId: created.caseId,
        ref: created.ref,
        trackingCode: created.trackingCode,
        unit: presentCreatedUnit(created),
        duplicates: created.duplicates,
        replayed: created.replayed,
      };
    },
  );

  app.post(
    '/api/complaints/likely-duplicates',
    {
      schema: {
        tags,
        summary: 'Likely duplicates of a complaint being taken, before saving (operators)',
        body: DuplicateCheckBody,
        response: { 200: StaffDuplicateList, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!canTakeComplaints(actor)) throw new AppError('forbidden');
      return { items: await likelyDuplicates(deps, { ...request.body, now: deps.clock.now() }) };
    },
  );

  app.get(
    '/api/complaints/callers',
    {
      schema: {
        tags,
        summary: "A returning caller's earlier complaints by phone number (operators; each read is recorded)",
        querystring: CallerQuery,
        response: { 200: CallerView, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const rows = await findCaller({ ...deps, actor }, request.query.phone);
      return {
        items: rows.map((row) => ({
          caseId: row.case_id,
          trackingCode: row.tracking_code,
          name: row.name,
          title: row.title,
          caseStatus: row.case_status,
          categoryCode: row.category_code,
          receivedAt: row.received_at.toISOString(),
        })),
      };
    },
  );

  app.get(
    '/api/complaints/:id',
    {
      schema: {
        tags,
        summary: "A complaint's own facts (the text masked outside the handling unit)",
        params: IdParams,
        response: { 200: StaffComplaintView, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { view, category } = await readStaffComplaint({ ...deps, actor }, request.params.id);
      return presentStaffComplaint(view, category);
    },
  );

  app.get(
    '/api/complaints/:id/complainants',
    {
      schema: {
        tags,
        summary: "The complainants' personal data, for the unit handling the complaint only; every read is recorded",
        params: IdParams,
        response: { 200: ContactList, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { items: (await readComplainants({ ...deps, actor }, request.params.id)).map(presentContact) };
    },
  );

  app.post(
    '/api/complaints/:id/reroute',
    {
      schema: {
        tags,
        summary: 'Send the complaint to another unit, with a reason (intake operators or the receiving unit)',
        params: IdParams,
        headers: IfMatchHeaders,
        body: RerouteBody,
        response: { 200: Type.Object({ assignmentId: Type.String(), unitCode: Type.String() }), ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return rerouteComplaint({ ...deps, actor }, request.params.id, {
        ...request.body,
        expectedVersion: expectedVersionOf(request.headers),
      });
    },
  );

  app.post(
    '/api/complaints/:id/wait-for-citizen',
    {
      schema: {
        tags,
        summary: 'Ask the citizen for more and stop the service-level clock until they answer',
        params: IdParams,
        headers: IfMatchHeaders,
        body: WaitBody,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await waitForCitizen({ ...deps, actor }, request.params.id, { ...request.body, expectedVersion: expectedVersionOf(request.headers) });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/complaints/:id/resume',
    {
      schema: {
        tags,
        summary: 'The citizen answered: start the clock again',
        params: IdParams,
        headers: IfMatchHeaders,
        body: ResumeBody,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await resumeComplaint({ ...deps, actor }, request.params.id, {
        note: request.body.note?.trim() || null,
        expectedVersion: expectedVersionOf(request.headers),
      });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/complaints/:id/merge',
    {
      schema: {
        tags,
        summary: 'Merge this duplicate into another complaint; its complainants follow that one from now on',
        params: IdParams,
        headers: IfMatchHeaders,
        body: MergeBody,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await mergeComplaint({ ...deps, actor }, request.params.id, { ...request.body, expectedVersion: expectedVersionOf(request.headers) });
      return { ok: true as const };
    },
  );
};
