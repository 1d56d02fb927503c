import { findZoneGroupingId } from '../../db/queries/publicationQueries.ts';
import type { DistrictMapShapes } from '../../domain/geo/districtMap.ts';
import type { ProvinceShape } from '../../domain/geo/provinceMap.ts';
import { AppError } from '../../domain/errors.ts';
import { readDistrictMap } from '../areas/readDistrictMap.ts';
import { readProvinceMap } from '../areas/readProvinceMap.ts';
import type { PublicContext } from '../context.ts';
import { readComplaintStatistics, type ComplaintStatisticsResult } from '../statistics/readComplaintStatistics.ts';
import { readPortalStories, type PortalStory } from './readPortalStories.ts';

export type PortalAreaLevel = 'national' | 'zone' | 'province' | 'district';

export interface PortalArea {
  level: PortalAreaLevel;
  statistics: ComplaintStatisticsResult;
  stories: PortalStory[];
  /** The areas one level down as SVG paths (provinces of the country or zone, districts of a province). */
  map: { width: number; height: number; shapes: { code: string; path: string }[] } | null;
}

const STORIES_SHOWN = 6;

async function scopeOf(ctx: PublicContext, level: PortalAreaLevel, code: string): Promise<string> {
  if (level === 'national') return 'TH';
  if (level === 'province' && /^[0-9]{2}$/.test(code)) return `p:${code}`;
  if (level === 'district' && /^[0-9]{4}$/.test(code)) return `d:${code}`;
  if (level === 'zone' && /^[0-9]{1,2}$/.test(code)) {
    const id = await findZoneGroupingId(ctx.db, Number(code));
    if (id) return id;
  }
  throw new AppError('not_found');
}

function provinceShapes(provinces: readonly ProvinceShape[], codes: ReadonlySet<string>) {
  return provinces.filter((shape) => codes.has(shape.code)).map((shape) => ({ code: shape.code, path: shape.path }));
}

/**
 * A portal page of the country, an inspection zone, a province or a district: the public
 * complaint statistics of the period (the same read as the dashboards, so figures never
 * differ), the published stories placed there and the map of the areas one level down.
 */
export async function readPortalArea(
  ctx: PublicContext,
  input: { level: PortalAreaLevel; code: string; fiscalYear?: number },
): Promise<PortalArea> {
  const scope = await scopeOf(ctx, input.level, input.code);
  const statistics = await readComplaintStatistics(ctx, { scope, ...(input.fiscalYear ? { fiscalYear: input.fiscalYear } : {}) });
  const childCodes = new Set(statistics.areas.map((area) => area.code));
  const areaCodes = input.level === 'national' ? null : input.level === 'zone' ? [...childCodes] : [input.code];
  const [stories, map] = await Promise.all([
    readPortalStories(ctx, { areaCodes, limit: STORIES_SHOWN }),
    mapOf(ctx, input.level, input.code, childCodes),
  ]);
  return { level: input.level, statistics, stories, map };
}

async function mapOf(
  ctx: PublicContext,
  level: PortalAreaLevel,
  code: string,
  childCodes: ReadonlySet<string>,
): Promise<PortalArea['map']> {
  if (level === 'national' || level === 'zone') {
    const { width, height, provinces } = await readProvinceMap();
    return { width, height, shapes: provinceShapes(provinces, childCodes) };
  }
  if (level === 'province') {
    let shapes: DistrictMapShapes;
    try {
      shapes = (await readDistrictMap(ctx, { province: code })).shapes;
    } catch {
      return null;
    }
    return { width: shapes.width, height: shapes.height, shapes: shapes.districts };
  }
  return null;
}
