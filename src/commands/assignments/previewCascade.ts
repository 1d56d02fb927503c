import { assignedUnitIds } from '../../db/queries/assignmentQueries.ts';
import type { TargetSelection, UnitRow } from '../../db/queries/unitQueries.ts';
import type { CommandContext } from '../context.ts';
import { resolveAllowedTargets } from './createAssignments.ts';
import { loadAssignmentForAction } from './loadAssignmentForAction.ts';

export interface CascadePreviewInput {
  targets: TargetSelection;
  offset: number;
  limit: number;
}

export interface CascadePreviewResult {
  /** Units the selection reaches that do not hold the case yet: those a cascade would send to. */
  willReceive: number;
  /** Units the selection reaches that already hold the case: a cascade leaves them as they are. */
  alreadyHolding: number;
  /** Every unit the selection reaches, by code, one page of them. */
  page: { unit: UnitRow; holds: boolean }[];
  total: number;
}

/**
 * What a cascade would do, without doing it: the same checks (the actor may
 * cascade this assignment now, the selection stays inside the unit's subtree)
 * and the same resolution of the selection as `cascadeAssignment`, so the count
 * a coordinator reads before sending is the count that is sent. The locks taken
 * by the checks end with the transaction; nothing is written.
 */
export async function previewCascade(ctx: CommandContext, assignmentId: string, input: CascadePreviewInput): Promise<CascadePreviewResult> {
  return ctx.db.transaction(async (tx) => {
    const { assignment, kase } = await loadAssignmentForAction(tx, ctx.actor, assignmentId, 'cascade');
    const units = await resolveAllowedTargets(tx, input.targets, assignment.unit_path);
    const holding = await assignedUnitIds(
      tx,
      kase.id,
      units.map((unit) => unit.id),
    );
    return {
      willReceive: units.length - holding.size,
      alreadyHolding: holding.size,
      total: units.length,
      page: units.slice(input.offset, input.offset + input.limit).map((unit) => ({ unit, holds: holding.has(unit.id) })),
    };
  });
}
