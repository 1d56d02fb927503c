import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { cascadeAssignment } from '../../../commands/assignments/cascadeAssignment.ts';
import { previewCascade } from '../../../commands/assignments/previewCascade.ts';
import { reportProgress } from '../../../commands/assignments/reportProgress.ts';
import { transitionAssignment } from '../../../commands/assignments/transitionAssignment.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentAssignResult } from '../../presenters/presentAssignResult.ts';
import { presentUnit } from '../../presenters/presentUnit.ts';
import { expectedVersionOf, IfMatchHeaders } from '../../schemas/ifMatch.ts';
import { EventCreated, IdParams, Ok, standardErrors } from '../../schemas/common.ts';
import { AssignBody, AssignResult } from '../cases/caseSchema.ts';
import { CascadePreview, CascadePreviewBody, CompleteBody, NoteBody, ProgressBody, ReasonBody } from './assignmentSchema.ts';
import { toAssignmentRequest } from './toAssignmentRequest.ts';

const errors = { ...standardErrors, 422: Type.Ref('ErrorResponse') };

/** One route per lifecycle action, so each is authorised and described on its own. */
export const assignmentRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const simple = [
    { path: 'acknowledge', action: 'acknowledge', body: NoteBody, summary: 'Acknowledge: my unit has received this' },
    {
      path: 'complete',
      action: 'complete',
      body: CompleteBody,
      summary: 'Report the work done (a complaint: with a public reply to the citizen)',
    },
    { path: 'accept', action: 'accept', body: NoteBody, summary: 'Accept work reported done (the unit that sent it)' },
    { path: 'return', action: 'return', body: ReasonBody, summary: 'Return: not for my unit, with a reason' },
    {
      path: 'send-back',
      action: 'send_back',
      body: ReasonBody,
      summary: 'Send work reported done back for more, with a reason (the unit that sent it)',
    },
  ] as const;

  for (const route of simple) {
    app.post(
      `/api/assignments/:id/${route.path}`,
      {
        schema: {
          tags: ['assignments'],
          summary: route.summary,
          params: IdParams,
          headers: IfMatchHeaders,
          body: route.body,
          response: { 200: Ok, ...errors },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const body = (request.body ?? {}) as { note?: string; reason?: string; publicReply?: string };
        await transitionAssignment({ ...deps, actor }, request.params.id, route.action, {
          note: body.note?.trim() || null,
          reason: body.reason?.trim() || null,
          publicReply: body.publicReply?.trim() || null,
          expectedVersion: expectedVersionOf(request.headers),
        });
        return { ok: true as const };
      },
    );
  }

  app.post(
    '/api/assignments/:id/cascade',
    {
      schema: {
        tags: ['assignments'],
        summary: 'Pass this assignment down to units below mine (one call can reach every district of a province)',
        params: IdParams,
        headers: IfMatchHeaders,
        body: AssignBody,
        response: { 201: AssignResult, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const result = await cascadeAssignment({ ...deps, actor }, request.params.id, toAssignmentRequest(request.body), {
        expectedVersion: expectedVersionOf(request.headers),
      });
      reply.status(201);
      return presentAssignResult(result);
    },
  );

  app.post(
    '/api/assignments/:id/cascade/preview',
    {
      schema: {
        tags: ['assignments'],
        summary: 'Before cascading: how many units a selection reaches below mine and which, a page at a time (nothing is sent)',
        params: IdParams,
        body: CascadePreviewBody,
        response: { 200: CascadePreview, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const offset = request.body.offset ?? 0;
      const preview = await previewCascade({ ...deps, actor }, request.params.id, {
        targets: request.body.targets,
        offset,
        limit: request.body.limit ?? 20,
      });
      return {
        willReceive: preview.willReceive,
        alreadyHolding: preview.alreadyHolding,
        total: preview.total,
        offset,
        items: preview.page.map(({ unit, holds }) => ({ ...presentUnit(unit), holds })),
      };
    },
  );

  app.post(
    '/api/assignments/:id/progress',
    {
      schema: {
        tags: ['assignments'],
        summary: 'Report progress with a note and evidence files uploaded first to /api/attachments',
        params: IdParams,
        headers: IfMatchHeaders,
        body: ProgressBody,
        response: { 201: EventCreated, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const result = await reportProgress({ ...deps, actor }, request.params.id, {
        note: request.body.note.trim(),
        attachmentIds: request.body.attachmentIds ?? [],
        expectedVersion: expectedVersionOf(request.headers),
      });
      reply.status(201);
      return result;
    },
  );
};
