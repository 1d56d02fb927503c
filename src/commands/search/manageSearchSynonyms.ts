import type { Queryable } from '../../db/database.ts';
import {
  deleteSearchSynonym,
  findGroupsHoldingTerms,
  findSearchSynonymForUpdate,
  insertSearchSynonym,
  listSearchSynonyms,
  lockSearchSynonymsForWrite,
  updateSearchSynonym,
  type SearchSynonymRow,
} from '../../db/queries/searchSynonymQueries.ts';
import type { Snapshot } from '../../domain/audit/changedFields.ts';
import { AppError } from '../../domain/errors.ts';
import { canManageSearchSynonyms } from '../../domain/policies/searchSynonymPolicy.ts';
import { synonymTermFieldProblems, termTakenProblem } from '../../domain/search/synonymGroupProblems.ts';
import { checkSynonymTerms, normalizeSynonymTerm, synonymLimits } from '../../shared/searchSynonymTerms.ts';
import { recordAdminChange } from '../audit/recordAdminChange.ts';
import type { CommandContext } from '../context.ts';

/** A synonym group as an administrator sends it: its terms as typed, and a note on why they belong together. */
export interface SynonymGroupInput {
  terms: string[];
  note?: string | undefined;
}

/** The audit trail's view of a group: its terms in one line (a term holds no comma) and its note. */
const snapshot = (group: { terms: readonly string[]; note: string }): Snapshot => ({ terms: group.terms.join(', '), note: group.note });

function requireAdmin(ctx: CommandContext): void {
  if (!canManageSearchSynonyms(ctx.actor)) throw new AppError('forbidden');
}

/** The group's terms as stored, or the refusal that says which term to fix and how. */
function checkGroup(input: SynonymGroupInput): { terms: string[]; note: string } {
  const { terms, problems } = checkSynonymTerms(input.terms);
  const fields = synonymTermFieldProblems(problems);
  const note = (input.note ?? '').normalize('NFC').trim();
  if ([...note].length > synonymLimits.noteMax)
    fields.push({
      path: '/note',
      th: `หมายเหตุยาวเกิน ${synonymLimits.noteMax.toLocaleString('th-TH')} ตัวอักษร โปรดเขียนให้สั้นลง`,
      en: `The note is longer than ${synonymLimits.noteMax} characters. Make it shorter.`,
    });
  if (fields.length > 0) throw new AppError('validation_failed', { fields });
  return { terms, note };
}

/**
 * A term belongs to one group only: otherwise a search would widen through one group into another
 * ("ไฟ" joining street lights to fires). Refused with `synonym_term_taken` (409), naming each
 * other group and the term it already holds, so the administrator knows which group to change.
 */
async function refuseTakenTerms(tx: Queryable, group: { terms: string[] }, exceptId: number | null, raw: string[]): Promise<void> {
  await lockSearchSynonymsForWrite(tx);
  const holders = await findGroupsHoldingTerms(tx, group.terms, exceptId);
  if (holders.length === 0) return;
  const fields = holders.flatMap((holder) =>
    holder.shared.map((term) => {
      // The path points at the term as it was sent (before repeats were dropped), so a form marks the right line.
      const index = raw.findIndex((value) => normalizeSynonymTerm(value) === term);
      return termTakenProblem({ index, term, groupId: String(holder.id), groupTerms: holder.terms });
    }),
  );
  // The message names the groups; each field problem names the term, its group and that group's first terms.
  const groups = holders.map((holder) => holder.id).join(', ');
  throw new AppError('synonym_term_taken', {
    fields,
    th: `มีคำที่อยู่ในกลุ่มอื่นแล้ว (กลุ่มที่ ${groups}) คำหนึ่งอยู่ได้เพียงกลุ่มเดียว`,
    en: `Some terms are already in another group (group ${groups}). A term can be in one group only.`,
  });
}

export async function listSynonymGroups(ctx: CommandContext): Promise<SearchSynonymRow[]> {
  requireAdmin(ctx);
  return listSearchSynonyms(ctx.db);
}

/** Adds a group; the search reads the table per search, so every process uses it from the next search on. */
export async function createSynonymGroup(ctx: CommandContext, input: SynonymGroupInput): Promise<{ id: number }> {
  requireAdmin(ctx);
  const group = checkGroup(input);
  const at = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    await refuseTakenTerms(tx, group, null, input.terms);
    const id = await insertSearchSynonym(tx, { ...group, updatedBy: ctx.actor.userId, at });
    await recordAdminChange(
      tx,
      { actor: ctx.actor, at },
      { action: 'search_synonym.create', targetType: 'search_synonym', targetId: String(id), before: null, after: snapshot(group) },
    );
    return { id };
  });
}

/** Replaces a group's terms and note. */
export async function updateSynonymGroup(ctx: CommandContext, id: number, input: SynonymGroupInput): Promise<void> {
  requireAdmin(ctx);
  const group = checkGroup(input);
  const at = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const before = await findSearchSynonymForUpdate(tx, id);
    if (!before) throw new AppError('not_found');
    await refuseTakenTerms(tx, group, id, input.terms);
    await updateSearchSynonym(tx, id, { ...group, updatedBy: ctx.actor.userId, at });
    await recordAdminChange(
      tx,
      { actor: ctx.actor, at },
      {
        action: 'search_synonym.update',
        targetType: 'search_synonym',
        targetId: String(id),
        before: snapshot(before),
        after: snapshot(group),
      },
    );
  });
}

/** Removes a group: its terms no longer widen a search, and each may join another group. */
export async function deleteSynonymGroup(ctx: CommandContext, id: number): Promise<void> {
  requireAdmin(ctx);
  await ctx.db.transaction(async (tx) => {
    const before = await findSearchSynonymForUpdate(tx, id);
    if (!before) throw new AppError('not_found');
    await deleteSearchSynonym(tx, id);
    await recordAdminChange(
      tx,
      { actor: ctx.actor, at: ctx.clock.now() },
      { action: 'search_synonym.delete', targetType: 'search_synonym', targetId: String(id), before: snapshot(before), after: null },
    );
  });
}
