import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createGroup } from '../../../commands/delivery/createGroup.ts';
import { linkCaseToGroup } from '../../../commands/delivery/linkCaseToGroup.ts';
import { listGroups } from '../../../commands/delivery/listGroups.ts';
import { readGroup } from '../../../commands/delivery/readGroup.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentGroup, presentGroupCase } from '../../presenters/presentGroup.ts';
import { IdParams, Ok, standardErrors } from '../../schemas/common.ts';
import { CreateGroupBody, GroupDetail, GroupList, LinkCaseBody } from './groupSchema.ts';

/** Integrated groups: every member of staff may read them; the delivery unit sets them up. */
export const groupRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/api/groups',
    {
      schema: {
        tags: ['delivery'],
        summary: 'Integrated groups with their goal, lead and member agencies and report date',
        response: { 200: GroupList, ...standardErrors },
      },
    },
    async (request) => {
      const { groups, agencies } = await listGroups({ ...deps, actor: requireActor(request) });
      return { items: groups.map((g) => presentGroup(g, agencies)) };
    },
  );

  app.post(
    '/api/groups',
    {
      schema: {
        tags: ['delivery'],
        summary: 'Set up an integrated group (delivery unit)',
        body: CreateGroupBody,
        response: { 201: GroupDetail, ...standardErrors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const body = request.body;
      const id = await createGroup(
        { ...deps, actor },
        {
          nameTh: body.nameTh.trim(),
          nameEn: body.nameEn ?? null,
          goalTh: body.goalTh.trim(),
          goalEn: body.goalEn ?? null,
          reportDueOn: body.reportDueOn ?? null,
          leadUnitCodes: body.leadUnitCodes,
          memberUnitCodes: body.memberUnitCodes ?? [],
        },
      );
      reply.status(201);
      return groupDetail(id, request);
    },
  );

  async function groupDetail(id: string, request: Parameters<typeof requireActor>[0]) {
    const { group, agencies, cases } = await readGroup({ ...deps, actor: requireActor(request) }, id);
    return { ...presentGroup(group, agencies), cases: cases.map(presentGroupCase) };
  }

  app.get(
    '/api/groups/:id',
    {
      schema: {
        tags: ['delivery'],
        summary: 'One integrated group with the directives and policies the viewer may read, and their acknowledgement',
        params: IdParams,
        response: { 200: GroupDetail, ...standardErrors },
      },
    },
    async (request) => groupDetail(request.params.id, request),
  );

  app.post(
    '/api/groups/:id/cases',
    {
      schema: {
        tags: ['delivery'],
        summary: 'Make a directive or policy part of the group (delivery unit)',
        params: IdParams,
        body: LinkCaseBody,
        response: { 200: Ok, ...standardErrors },
      },
    },
    async (request) => {
      await linkCaseToGroup({ ...deps, actor: requireActor(request) }, request.params.id, request.body.caseId);
      return { ok: true as const };
    },
  );
};
