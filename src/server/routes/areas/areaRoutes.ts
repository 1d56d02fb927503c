import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listAreaGroupings } from '../../../commands/areas/listAreaGroupings.ts';
import { listAreas } from '../../../commands/areas/listAreas.ts';
import { readDistrictMap } from '../../../commands/areas/readDistrictMap.ts';
import { searchAreas } from '../../../commands/areas/searchAreas.ts';
import { MS_PER_DAY } from '../../../shared/thaiTime.ts';
import type { AppDeps } from '../../appDeps.ts';
import { presentArea, presentAreaHit, presentDistrictMap, presentGrouping } from '../../presenters/presentArea.ts';
import { standardErrors } from '../../schemas/common.ts';
import {
  AreaList,
  AreaQuery,
  AreaSearchQuery,
  AreaSearchResult,
  DistrictMap,
  DistrictMapParams,
  GroupingList,
  GroupingQuery,
} from './areaSchema.ts';

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
    '/api/areas/search',
    {
      schema: {
        tags: ['areas'],
        summary: 'Areas matching a typed name (with or without ตำบล/อำเภอ/เขต/จังหวัด), best first, each labelled with its parents',
        querystring: AreaSearchQuery,
        response: { 200: AreaSearchResult, ...standardErrors },
      },
    },
    async (request) => {
      const found = await searchAreas(deps, { q: request.query.q, limit: request.query.limit ?? 20 });
      return { total: found.total, items: found.items.map(presentAreaHit) };
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

  app.get(
    '/api/areas/:province/district-map',
    {
      schema: {
        tags: ['areas'],
        summary: "One province's districts as simplified SVG paths with their names, for maps coloured by district",
        params: DistrictMapParams,
        response: { 200: DistrictMap, ...standardErrors },
      },
    },
    async (request, reply) => {
      const map = await readDistrictMap(deps, request.params);
      reply.header('cache-control', `public, max-age=${MS_PER_DAY / 1000}`);
      return presentDistrictMap(map);
    },
  );
};
