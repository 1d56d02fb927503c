import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listAreas, listGroupings } from '../../../db/queries/areaQueries.ts';
import type { AppDeps } from '../../appDeps.ts';
import { localized } from '../../presenters/presentUnit.ts';
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
      const rows = await listAreas(deps.db, request.query);
      return {
        total: rows.length,
        items: rows.map((row) => ({
          code: row.code,
          level: row.level,
          parentCode: row.parent_code,
          name: localized(row.name_th, row.name_en),
          postcode: row.postcode,
        })),
      };
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
      const rows = await listGroupings(deps.db, request.query.kind);
      return {
        total: rows.length,
        items: rows.map((row) => ({
          id: row.id,
          kind: row.kind,
          number: row.number,
          name: localized(row.name_th, row.name_en),
          provinceCodes: row.province_codes,
        })),
      };
    },
  );
};
