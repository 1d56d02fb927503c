import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { assignCase } from '../../../commands/cases/assignCase.ts';
import { closeCase } from '../../../commands/cases/closeCase.ts';
import { createCase } from '../../../commands/cases/createCase.ts';
import { readCase, readCaseEvents } from '../../../commands/cases/readCase.ts';
import { listCases } from '../../../db/queries/caseListQuery.ts';
import { findUnit } from '../../../db/queries/unitQueries.ts';
import { caseKindNames, type CaseKind, type CaseStatus } from '../../../domain/cases/caseKinds.ts';
import { AppError } from '../../../domain/errors.ts';
import { hasNationalReach } from '../../../domain/roles.ts';
import { endOfThaiDay, startOfThaiDay } from '../../../shared/thaiTime.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentAssignment, presentCaseSummary, presentEvent } from '../../presenters/presentCase.ts';
import { presentAssignResult } from '../../presenters/presentAssignResult.ts';
import { IdParams, Ok, standardErrors } from '../../schemas/common.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { toAssignmentRequest } from '../assignments/toAssignmentRequest.ts';
import { AssignBody, AssignResult, CaseDetail, CaseList, CaseListQuery, CloseCaseBody, CreateCaseBody, EventList } from './caseSchema.ts';

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
      const limit = query.limit ?? 25;
      const unit = query.unitId ? await findUnit(deps.db, query.unitId) : undefined;
      if (query.unitId && !unit) throw new AppError('not_found');
      const cursor = query.cursor ? decodeCursor(query.cursor, ['number', 'timestamp', 'uuid']) : undefined;
      const now = deps.clock.now();
      const rows = await listCases(deps.db, {
        scopePath: hasNationalReach(actor.role) ? undefined : actor.unitPath,
        kind: query.kind?.split(',') as CaseKind[] | undefined,
        status: query.status?.split(',') as CaseStatus[] | undefined,
        unitPath: unit?.path,
        areaPrefix: query.area,
        category: query.category,
        createdFrom: query.createdFrom ? startOfThaiDay(query.createdFrom) : undefined,
        createdTo: query.createdTo ? endOfThaiDay(query.createdTo) : undefined,
        overdue: query.overdue,
        q: query.q,
        cursor: cursor ? { tier: cursor[0] as number, createdAt: cursor[1] as string, id: cursor[2] as string } : undefined,
        limit: limit + 1,
        now,
      });
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return {
        items: page.map((row) => presentCaseSummary(row, now)),
        nextCursor: rows.length > limit && last ? encodeCursor([last.tier, last.created_at.toISOString(), last.id]) : null,
      };
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
    const view = await readCase(deps.db, actor, caseId);
    const now = deps.clock.now();
    const row = view.row;
    const owner = (await findUnit(deps.db, row.owner_unit_id))!;
    return {
      case: {
        ...presentCaseSummary(
          { ...row, owner_unit_code: owner.code, owner_unit_name_th: owner.name_th, owner_unit_name_en: owner.name_en },
          now,
        ),
        body: row.body,
        details: row.details,
        closedAt: row.closed_at?.toISOString() ?? null,
      },
      assignments: view.assignments.map((a) => presentAssignment(a, actor, now, row.status === 'closed')),
      attachments: view.attachments.map((file) => ({
        id: file.id,
        filename: file.filename,
        contentType: file.content_type,
        sizeBytes: file.size_bytes,
        eventId: file.event_id,
        createdAt: file.created_at.toISOString(),
      })),
      allowedActions: view.allowedActions,
      kindName: { th: caseKindNames[row.kind].th, en: caseKindNames[row.kind].en },
    };
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
        summary: 'The case timeline, oldest first',
        params: IdParams,
        response: { 200: EventList, ...standardErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { events, visibleAssignmentIds } = await readCaseEvents(deps.db, actor, request.params.id);
      return { items: events.map((event) => presentEvent(event, visibleAssignmentIds)) };
    },
  );

  app.post(
    '/api/cases/:id/assignments',
    {
      schema: {
        tags: ['cases'],
        summary: 'Send the case to more units (case owner)',
        params: IdParams,
        body: AssignBody,
        response: { 201: AssignResult, ...standardErrors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const result = await assignCase({ ...deps, actor }, request.params.id, toAssignmentRequest(request.body));
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
        body: CloseCaseBody,
        response: { 200: Ok, ...standardErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await closeCase({ ...deps, actor }, request.params.id, request.body);
      return { ok: true as const };
    },
  );
};
