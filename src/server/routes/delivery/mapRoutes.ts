import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { referenceDataDir } from '../../../db/reference/referenceFiles.ts';
import { buildProvinceMap } from '../../../domain/geo/provinceMap.ts';
import type { AppDeps } from '../../appDeps.ts';
import { ProvinceMap } from '../../../shared/api/areas.ts';
import { standardErrors } from '../../schemas/common.ts';
import { MS_PER_DAY } from '../../../shared/thaiTime.ts';

let cached: Promise<ReturnType<typeof buildProvinceMap>> | undefined;

function provinceMap() {
  cached ??= readFile(path.join(referenceDataDir, 'geo/provinces.geojson'), 'utf8').then((text) => buildProvinceMap(JSON.parse(text)));
  return cached;
}

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
      const map = await provinceMap();
      reply.header('cache-control', `public, max-age=${MS_PER_DAY / 1000}`);
      return {
        width: map.width,
        height: map.height,
        provinces: map.provinces.map((p) => ({ code: p.code, name: { th: p.nameTh, en: p.nameEn }, path: p.path })),
      };
    },
  );
};
