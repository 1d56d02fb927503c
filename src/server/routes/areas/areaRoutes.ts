import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listAreaGroupings } from '../../../commands/areas/listAreaGroupings.ts';
import { listAreas } from '../../../commands/areas/listAreas.ts';
import type { AppDeps } from '../../appDeps.ts';
import { presentArea, presentGrouping } from '../../presenters/presentArea.ts';
import { standardErrors } from '../../schemas/common.ts';
import { AreaList, AreaQuery, GroupingList, GroupingQuery } from './areaSchema.ts';

/** Official geography is public reference data: readable without signing in. */
export const areaRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/api/areas',
    {
      schema: {
        tags: ['areas'],
        summary: 'Provinces, districts and subdistricts with their official codes',
        querystring: AreaQuery,
        response: { 200: AreaList, ...standardErrors },
      },
    },
    async (request) => {
      const rows = await listAreas(deps, request.query);
      return { total: rows.length, items: rows.map(presentArea) };
    },
  );

  app.get(
    '/api/area-groupings',
    {
      schema: {
        tags: ['areas'],
        summary: 'Regions, inspection zones and province groups, with their provinces',
        querystring: GroupingQuery,
        response: { 200: GroupingList, ...standardErrors },
      },
    },
    async (request) => {
      const rows = await listAreaGroupings(deps, request.query.kind);
      return { total: rows.length, items: rows.map(presentGrouping) };
    },
  );
};
