import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/database.ts';
import { assignedUnitIds, insertAssignments } from '../../db/queries/assignmentQueries.ts';
import { resolveTargets, type TargetSelection, type UnitRow } from '../../db/queries/unitQueries.ts';
import type { AssignmentRole } from '../../domain/cases/assignmentLifecycle.ts';
import { AppError } from '../../domain/errors.ts';
import { limits } from '../../shared/limits.ts';

export interface AssignmentRequest {
  targets: TargetSelection;
  role: AssignmentRole;
  dueAt: Date | null;
  note: string | null;
}

export interface CreatedAssignments {
  created: { assignmentId: string; unit: UnitRow }[];
  /** Units that already held an assignment on the case and were left as they were. */
  skipped: UnitRow[];
}

/**
 * Sends a case to the selected units, inside `basePath` (the assigning unit's
 * subtree for a cascade, the whole tree for the case owner). Units that
 * already hold the case are skipped, not duplicated; a selection that names
 * an unknown unit or one outside the allowed subtree is refused whole.
 */
export async function createAssignments(
  tx: Queryable,
  input: {
    caseId: string;
    parentId: string | null;
    basePath: string;
    assignedByUnitId: string;
    assignedBy: string;
    now: Date;
    request: AssignmentRequest;
  },
): Promise<CreatedAssignments> {
  const { units, outside, unknown } = await resolveTargets(tx, input.request.targets, input.basePath);
  if (unknown.length > 0 || outside.length > 0) {
    const names = [...unknown, ...outside.map((unit) => unit.code)].slice(0, 20).join(', ');
    throw new AppError('invalid_target', {
      fields: [
        {
          path: '/targets',
          th: `หน่วยงานเหล่านี้ไม่มีอยู่ หรืออยู่นอกสายงานที่มอบหมายได้: ${names}`,
          en: `These units do not exist or are outside the units this can be passed to: ${names}`,
        },
      ],
    });
  }
  if (units.length === 0) {
    throw new AppError('validation_failed', {
      fields: [{ path: '/targets', th: 'โปรดเลือกหน่วยงานอย่างน้อยหนึ่งหน่วย', en: 'Choose at least one unit.' }],
    });
  }
  if (units.length > limits.targetsMax) {
    throw new AppError('validation_failed', {
      fields: [
        {
          path: '/targets',
          th: `เลือกได้ไม่เกิน ${limits.targetsMax} หน่วยงานต่อครั้ง`,
          en: `Choose at most ${limits.targetsMax} units at a time.`,
        },
      ],
    });
  }
  const already = await assignedUnitIds(
    tx,
    input.caseId,
    units.map((unit) => unit.id),
  );
  const fresh = units.filter((unit) => !already.has(unit.id));
  const created = fresh.map((unit) => ({ assignmentId: randomUUID(), unit }));
  if (created.length > 0) {
    await insertAssignments(tx, {
      caseId: input.caseId,
      parentId: input.parentId,
      assignedByUnitId: input.assignedByUnitId,
      assignedBy: input.assignedBy,
      now: input.now,
      assignments: created.map(({ assignmentId, unit }) => ({
        id: assignmentId,
        unitId: unit.id,
        role: input.request.role,
        dueAt: input.request.dueAt,
        note: input.request.note,
      })),
    });
  }
  return { created, skipped: units.filter((unit) => already.has(unit.id)) };
}

/** What an `assigned` or `cascaded` event records about the units reached. */
export function assignmentEventData(result: CreatedAssignments, request: AssignmentRequest): Record<string, unknown> {
  return {
    role: request.role,
    dueAt: request.dueAt?.toISOString() ?? null,
    note: request.note,
    units: result.created.map(({ assignmentId, unit }) => ({ assignmentId, unitId: unit.id, code: unit.code })),
    skipped: result.skipped.map((unit) => unit.code),
  };
}
