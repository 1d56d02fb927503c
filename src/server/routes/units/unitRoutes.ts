import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createUnit, updateUnit } from '../../../commands/units/manageUnits.ts';
import type { Queryable } from '../../../db/database.ts';
import { findUnit, findUnitChain, listUnits } from '../../../db/queries/unitQueries.ts';
import { AppError } from '../../../domain/errors.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentUnit } from '../../presenters/presentUnit.ts';
import { IdParams, standardErrors } from '../../schemas/common.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { CreateUnitBody, UnitDetail, UnitList, UnitListQuery, UpdateUnitBody } from './unitSchema.ts';

/** The unit tree is the government's organisation chart: any signed-in user may read it. */
/** A unit with its chain of parents and how many units sit directly below it. */
async function unitDetail(db: Queryable, id: string) {
  const chain = await findUnitChain(db, id);
  const unit = chain[chain.length - 1];
  if (!unit) throw new AppError('not_found');
  const children = await db.query<{ n: number }>('select count(*)::int as n from units where parent_id = $1', [unit.id]);
  return {
    unit: presentUnit(unit),
    parentId: unit.parent_id,
    ancestors: chain.slice(0, -1).map(presentUnit),
    childCount: children.rows[0]!.n,
  };
}

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
      requireActor(request);
      const query = request.query;
      const limit = query.limit ?? 25;
      const under = query.underId ? await findUnit(deps.db, query.underId) : undefined;
      if (query.underId && !under) throw new AppError('not_found');
      const rows = await listUnits(deps.db, {
        parentId: query.parentId,
        underPath: under?.path,
        kind: query.kind,
        areaPrefix: query.areaPrefix,
        q: query.q,
        after: query.cursor ? String(decodeCursor(query.cursor, ['string'])[0]) : undefined,
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      return {
        items: page.map((row) => ({ ...presentUnit(row), parentId: row.parent_id, childCount: row.child_count })),
        nextCursor: rows.length > limit ? encodeCursor([page[page.length - 1]!.code]) : null,
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
      requireActor(request);
      return unitDetail(deps.db, request.params.id);
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
      return unitDetail(deps.db, id);
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
      return unitDetail(deps.db, request.params.id);
    },
  );
};
