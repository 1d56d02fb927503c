import { listGroupCaseIds } from '../../db/queries/deliveryStandingQueries.ts';
import type { ReachSummary } from '../../domain/delivery/summarizeReach.ts';
import { AppError } from '../../domain/errors.ts';
import { readProvinceMap } from '../areas/readProvinceMap.ts';
import type { ReadContext } from '../context.ts';
import { readReach } from '../delivery/readReach.ts';
import { readDeliveryPicture, type DeliveryPicture } from './readDeliveryPicture.ts';

/** One policy of a pack: its delivery picture and its acknowledgement reach (who has not acknowledged, by province). */
export interface StocktakePage {
  picture: DeliveryPicture;
  reach: ReachSummary;
}

export type ProvinceMap = Awaited<ReturnType<typeof readProvinceMap>>;

/**
 * What a stocktake pack shows: the delivery picture of each case asked for (every one must be
 * readable) and of each policy in the group asked for that the reader may read, in that order,
 * each once. A pack with nothing in it is `not_found`, so a group's existence does not leak.
 * Each page carries the case's reach too (units not acknowledged with their inspection zones, the
 * province figures its map is shaded by) and the pack the province map, read once per process.
 */
export async function readStocktake(
  ctx: ReadContext,
  input: { caseIds?: string[]; groupId?: string },
): Promise<{ pages: StocktakePage[]; provinceMap: ProvinceMap; asOf: Date }> {
  // One instant for the whole pack, so every page's stale units and trajectories agree.
  const asOf = ctx.clock.now();
  const at: ReadContext = { ...ctx, clock: { now: () => asOf } };
  const pictures: DeliveryPicture[] = [];
  for (const id of new Set(input.caseIds ?? [])) pictures.push(await readDeliveryPicture(at, id));
  if (input.groupId) {
    for (const id of await listGroupCaseIds(ctx.db, input.groupId)) {
      if (input.caseIds?.includes(id)) continue;
      try {
        pictures.push(await readDeliveryPicture(at, id));
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'not_found')) throw error;
      }
    }
  }
  if (pictures.length === 0) throw new AppError('not_found');
  const pages: StocktakePage[] = [];
  for (const picture of pictures) pages.push({ picture, reach: await readReach(at, picture.kase.id) });
  return { pages, provinceMap: await readProvinceMap(), asOf };
}
