import type { Queryable } from '../../db/database.ts';
import { insertTrainingExample } from '../../db/queries/classifierExampleQueries.ts';
import { maskPersonalData } from '../../domain/complaints/maskPersonalData.ts';
import type { Actor } from '../../domain/roles.ts';
import type { ComplaintConfig } from './complaintConfig.ts';
import { rankedSuggestions } from './previewComplaintRouting.ts';

/**
 * An operator filed a complaint under a category they chose: a staff-labelled example, whether it
 * confirms the suggester's first choice (kept beside it) or overrules it. `title` is stored masked
 * already; the text is the one intake classifies, so the suggestion kept is the one the console showed.
 */
export async function recordIntakeExample(
  db: Queryable,
  config: ComplaintConfig,
  input: { caseId: string; title: string; description: string; categoryCode: string; actor: Actor; now: Date },
): Promise<void> {
  const suggested = rankedSuggestions(config, `${input.title} ${input.description}`, 1)[0]?.code ?? null;
  await insertTrainingExample(db, {
    caseId: input.caseId,
    text: `${input.title} ${maskPersonalData(input.description)}`,
    categoryCode: input.categoryCode,
    suggestedCode: suggested,
    source: 'intake',
    recordedBy: input.actor.userId,
    at: input.now,
  });
}
