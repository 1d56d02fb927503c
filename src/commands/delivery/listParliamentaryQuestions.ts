import { listQuestions, type QuestionRow } from '../../db/queries/questionBoardQuery.ts';
import { readScope } from '../../domain/policies/readScope.ts';
import type { ReadContext } from '../context.ts';

/**
 * The parliamentary questions board: open questions inside the viewer's `readScope` (owned,
 * held or answered there), soonest answer deadline first.
 */
export async function listParliamentaryQuestions(ctx: ReadContext, input: { limit: number }): Promise<{ rows: QuestionRow[]; asOf: Date }> {
  const asOf = ctx.clock.now();
  return { rows: await listQuestions(ctx.db, { scope: readScope(ctx.actor), limit: input.limit }), asOf };
}
