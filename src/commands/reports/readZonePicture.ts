import { listPriorities } from '../../db/queries/deliveryStandingQueries.ts';
import { listDeliveryTallies, listZoneProvinces, type ZoneProvinceRow } from '../../db/queries/nationalPictureQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { readScope } from '../../domain/policies/readScope.ts';
import { tallyBy, tallyDelivery, type Tally } from '../../domain/reports/tallyDelivery.ts';
import type { ReadContext } from '../context.ts';
import { PICTURE_CASE_LIMIT } from './readNationalPicture.ts';

export interface ZonePictureResult {
  zone: { id: string; number: number; nameTh: string; nameEn: string | null };
  asOf: Date;
  totals: Tally;
  provinces: { province: ZoneProvinceRow; tally: Tally }[];
}

/**
 * One inspection zone for the deputy PM's inspection office (seed 003): each province of the
 * zone with the live directives, policies and resolutions reaching units there (reach, overdue,
 * worst RAG). The complaint half of the page comes from the complaint statistics API. National
 * read scope only, as the picture it drills into; an unknown zone number is `not_found`.
 */
export async function readZonePicture(ctx: ReadContext, input: { number: number }): Promise<ZonePictureResult> {
  if (!readScope(ctx.actor).national) throw new AppError('forbidden');
  const now = ctx.clock.now();
  const provinces = await listZoneProvinces(ctx.db, input.number);
  const first = provinces[0];
  if (!first) throw new AppError('not_found');
  const priorities = await listPriorities(ctx.db, PICTURE_CASE_LIMIT);
  const codes = new Set(provinces.map((p) => p.code));
  const rows = (
    await listDeliveryTallies(
      ctx.db,
      priorities.map((p) => p.id),
      now,
    )
  ).filter((row) => row.province_code !== null && codes.has(row.province_code));
  const byProvince = tallyBy(rows, (row) => row.province_code);
  return {
    zone: { id: first.zone_id, number: first.number, nameTh: first.zone_name_th, nameEn: first.zone_name_en },
    asOf: now,
    totals: tallyDelivery(rows),
    provinces: provinces.map((province) => ({ province, tally: byProvince.get(province.code) ?? tallyDelivery([]) })),
  };
}
