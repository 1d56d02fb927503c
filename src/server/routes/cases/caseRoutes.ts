import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { assignCase } from '../../../commands/cases/assignCase.ts';
import { closeCase } from '../../../commands/cases/closeCase.ts';
import { createCase } from '../../../commands/cases/createCase.ts';
import { listReadableCases } from '../../../commands/cases/listReadableCases.ts';
import { readCaseEvents } from '../../../commands/cases/readCase.ts';
import { readCaseDetail } from '../../../commands/cases/readCaseDetail.ts';
import type { CaseKind, CaseStatus } from '../../../domain/cases/caseKinds.ts';
import { endOfThaiDay } from '../../../shared/thaiTime.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentCaseSummary, presentEvent } from '../../presenters/presentCase.ts';
import { presentCaseDetail } from '../../presenters/presentCaseDetail.ts';
import { presentAssignResult } from '../../presenters/presentAssignResult.ts';
import { IdParams, Ok, standardErrors } from '../../schemas/common.ts';
import { expectedVersionOf, IfMatchHeaders } from '../../schemas/ifMatch.ts';
import { toAssignmentRequest } from '../assignments/toAssignmentRequest.ts';
import {
  AssignBody,
  AssignResult,
  CaseDetail,
  CaseList,
  CaseListQuery,
  CloseCaseBody,
  CreateCaseBody,
  EventList,
  EventPageQuery,
} from './caseSchema.ts';

export const caseRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/api/cases',
    {
      schema: {
        tags: ['cases'],
        summary: 'Cases the signed-in user may see, filtered and searched, newest first (exact phrase matches first when searching)',
        querystring: CaseListQuery,
        response: { 200: CaseList, ...standardErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const query = request.query;
      const page = await listReadableCases(
        { ...deps, db: request.readDb, actor },
        {
          kind: query.kind?.split(',') as CaseKind[] | undefined,
          status: query.status?.split(',') as CaseStatus[] | undefined,
          unitId: query.unitId,
          area: query.area,
          category: query.category,
          createdFrom: query.createdFrom,
          createdTo: query.createdTo,
          overdue: query.overdue,
          q: query.q,
          cursor: query.cursor,
          limit: query.limit ?? 25,
        },
      );
      return { items: page.rows.map((row) => presentCaseSummary(row, page.asOf)), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/cases',
    {
      schema: {
        tags: ['cases'],
        summary: 'Open a case (directive, policy, ...) owned by my unit, optionally assigning it at once',
        body: CreateCaseBody,
        response: { 201: CaseDetail, ...standardErrors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const body = request.body;
      const created = await createCase(
        { ...deps, actor },
        {
          kind: body.kind,
          title: body.title.trim(),
          body: body.body ?? '',
          priority: body.priority ?? 'normal',
          category: body.category ?? null,
          areaCode: body.areaCode ?? null,
          dueAt: body.dueDate ? endOfThaiDay(body.dueDate) : null,
          details: body.details ?? {},
          assignments: (body.assignments ?? []).map(toAssignmentRequest),
        },
      );
      reply.status(201);
      return caseDetail(created.id, request);
    },
  );

  async function caseDetail(caseId: string, request: Parameters<typeof requireActor>[0]) {
    const actor = requireActor(request);
    return presentCaseDetail(await readCaseDetail({ ...deps, actor }, caseId), actor);
  }

  app.get(
    '/api/cases/:id',
    {
      schema: {
        tags: ['cases'],
        summary: 'One case with the assignment tree the viewer may see and the actions open to them',
        params: IdParams,
        response: { 200: CaseDetail, ...standardErrors },
      },
    },
    async (request) => caseDetail(request.params.id, request),
  );

  app.get(
    '/api/cases/:id/events',
    {
      schema: {
        tags: ['cases'],
        summary: 'The case timeline, oldest first: the newest 200 events (or `limit`), earlier ones by `before`',
        params: IdParams,
        querystring: EventPageQuery,
        response: { 200: EventList, ...standardErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { events, hasEarlier, visibleAssignmentIds } = await readCaseEvents({ ...deps, actor }, request.params.id, {
        limit: request.query.limit ?? 200,
        before: request.query.before,
      });
      return { items: events.map((event) => presentEvent(event, visibleAssignmentIds)), hasEarlier };
    },
  );

  app.post(
    '/api/cases/:id/assignments',
    {
      schema: {
        tags: ['cases'],
        summary: 'Send the case to more units (case owner)',
        params: IdParams,
        headers: IfMatchHeaders,
        body: AssignBody,
        response: { 201: AssignResult, ...standardErrors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const result = await assignCase({ ...deps, actor }, request.params.id, toAssignmentRequest(request.body), {
        expectedVersion: expectedVersionOf(request.headers),
      });
      reply.status(201);
      return presentAssignResult(result);
    },
  );

  app.post(
    '/api/cases/:id/close',
    {
      schema: {
        tags: ['cases'],
        summary: 'Close the case with a closing note (case owner)',
        params: IdParams,
        headers: IfMatchHeaders,
        body: CloseCaseBody,
        response: { 200: Ok, ...standardErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await closeCase({ ...deps, actor }, request.params.id, { ...request.body, expectedVersion: expectedVersionOf(request.headers) });
      return { ok: true as const };
    },
  );
};
