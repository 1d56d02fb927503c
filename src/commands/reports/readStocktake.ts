import { listGroupCaseIds } from '../../db/queries/deliveryStandingQueries.ts';
import { AppError } from '../../domain/errors.ts';
import type { ReadContext } from '../context.ts';
import { readDeliveryPicture, type DeliveryPicture } from './readDeliveryPicture.ts';

/**
 * What a stocktake pack shows: the delivery picture of each case asked for (every one must be
 * readable) and of each policy in the group asked for that the reader may read, in that order,
 * each once. A pack with nothing in it is `not_found`, so a group's existence does not leak.
 */
export async function readStocktake(
  ctx: ReadContext,
  input: { caseIds?: string[]; groupId?: string },
): Promise<{ pictures: DeliveryPicture[]; asOf: Date }> {
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
  return { pictures, asOf };
}
