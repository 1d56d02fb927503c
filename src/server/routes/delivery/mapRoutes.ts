import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { readProvinceMap } from '../../../commands/areas/readProvinceMap.ts';
import type { AppDeps } from '../../appDeps.ts';
import { presentProvinceMap } from '../../presenters/presentArea.ts';
import { ProvinceMap } from '../../../shared/api/areas.ts';
import { standardErrors } from '../../schemas/common.ts';
import { MS_PER_DAY } from '../../../shared/thaiTime.ts';

/** The 77 provinces as SVG paths: public reference data, like the areas, cached by browsers for a day. */
export const mapRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app) => {
  app.get(
    '/api/maps/provinces',
    {
      schema: {
        tags: ['areas'],
        summary: 'The 77 provinces as simplified SVG paths (no base map), for maps coloured by province',
        response: { 200: ProvinceMap, ...standardErrors },
      },
    },
    async (_request, reply) => {
      const map = await readProvinceMap();
      reply.header('cache-control', `public, max-age=${MS_PER_DAY / 1000}`);
      return presentProvinceMap(map);
    },
  );
};
