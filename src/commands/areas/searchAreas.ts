import { searchAreas as searchAreaRows, type AreaHit } from '../../db/queries/areaSearch.ts';
import { parseAreaQuery } from '../../domain/areas/areaQuery.ts';
import type { PublicContext } from '../context.ts';

/**
 * The areas an operator means by what they typed ("พระนคร", "เขตพระนคร",
 * "อ.แม่จัน เชียงราย", "Mae Chan", a postcode), best first, each with its
 * parents' names. Public reference data, like `listAreas`.
 */
export async function searchAreas(
  ctx: Pick<PublicContext, 'db'>,
  input: { q: string; limit: number },
): Promise<{ total: number; items: AreaHit[] }> {
  const query = parseAreaQuery(input.q);
  if (!query.name && !query.raw) return { total: 0, items: [] };
  const items = await searchAreaRows(ctx.db, query, input.limit);
  return { total: items[0]?.total ?? 0, items };
}
