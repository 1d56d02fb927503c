import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { browseUnitTree } from '../../../commands/units/browseUnitTree.ts';
import { moveUnit } from '../../../commands/units/moveUnit.ts';
import { readUnit } from '../../../commands/units/readUnit.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentUnitTreePage } from '../../presenters/presentAdminOrg.ts';
import { presentUnitDetail } from '../../presenters/presentUnitDetail.ts';
import { IdParams, standardErrors } from '../../schemas/common.ts';
import { MoveUnitBody, UnitDetail, UnitTreePage, UnitTreeQuery } from './unitSchema.ts';

/** The unit tree as the administrators' pages walk it (any signed-in user may read it), and moving a unit (administrators). */
export const unitTreeRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/api/unit-tree',
    {
      schema: {
        tags: ['units'],
        summary: "A unit's children (the top of the tree without parentId), or a search below it, a page at a time with the total",
        querystring: UnitTreeQuery,
        response: { 200: UnitTreePage, ...standardErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const offset = request.query.offset ?? 0;
      const limit = request.query.limit ?? 20;
      const page = await browseUnitTree({ ...deps, actor }, { parentId: request.query.parentId, q: request.query.q, offset, limit });
      return presentUnitTreePage(page, { offset, limit });
    },
  );

  app.post(
    '/api/units/:id/move',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags: ['units'],
        summary: 'Move a unit, with everything below it, under another parent (administrators)',
        params: IdParams,
        body: MoveUnitBody,
        response: { 200: UnitDetail, ...standardErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await moveUnit({ ...deps, actor }, request.params.id, request.body);
      return presentUnitDetail(await readUnit({ ...deps, actor }, request.params.id));
    },
  );
};
