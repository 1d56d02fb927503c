import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createUnit, updateUnit } from '../../../commands/units/manageUnits.ts';
import { listUnits } from '../../../commands/units/listUnits.ts';
import { readUnit } from '../../../commands/units/readUnit.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentUnit } from '../../presenters/presentUnit.ts';
import { presentUnitDetail } from '../../presenters/presentUnitDetail.ts';
import { IdParams, standardErrors } from '../../schemas/common.ts';
import { CreateUnitBody, UnitDetail, UnitList, UnitListQuery, UpdateUnitBody } from './unitSchema.ts';

/** The unit tree is the government's organisation chart: any signed-in user may read it. */
export const unitRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/api/units',
    {
      schema: {
        tags: ['units'],
        summary: 'Units, filtered by parent, subtree, kind, area or name; ordered by code',
        querystring: UnitListQuery,
        response: { 200: UnitList, ...standardErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const query = request.query;
      const page = await listUnits(
        { ...deps, actor },
        {
          parentId: query.parentId,
          underId: query.underId,
          kind: query.kind,
          areaPrefix: query.areaPrefix,
          q: query.q,
          cursor: query.cursor,
          limit: query.limit ?? 25,
        },
      );
      return {
        items: page.rows.map((row) => ({ ...presentUnit(row), parentId: row.parent_id, childCount: row.child_count })),
        nextCursor: page.nextCursor,
        total: page.total,
      };
    },
  );

  app.get(
    '/api/units/:id',
    {
      schema: {
        tags: ['units'],
        summary: 'One unit with its chain of parents',
        params: IdParams,
        response: { 200: UnitDetail, ...standardErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentUnitDetail(await readUnit({ ...deps, actor }, request.params.id));
    },
  );

  app.post(
    '/api/units',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags: ['units'],
        summary: 'Add a unit under another (administrators)',
        body: CreateUnitBody,
        response: { 201: UnitDetail, ...standardErrors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await createUnit({ ...deps, actor }, request.body);
      reply.status(201);
      return presentUnitDetail(await readUnit({ ...deps, actor }, id));
    },
  );

  app.patch(
    '/api/units/:id',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags: ['units'],
        summary: 'Rename or deactivate a unit (administrators)',
        params: IdParams,
        body: UpdateUnitBody,
        response: { 200: UnitDetail, ...standardErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateUnit({ ...deps, actor }, request.params.id, request.body);
      return presentUnitDetail(await readUnit({ ...deps, actor }, request.params.id));
    },
  );
};
