import {
  deleteUnitWorkingDayLevel,
  findWorkingDayLevels,
  upsertUnitWorkingDayLevel,
  type WorkingDayLevelRow,
} from '../../db/queries/agencyServiceLevelQueries.ts';
import { findUnitsByIds, type UnitRow } from '../../db/queries/unitQueries.ts';
import { workingDayFigureProblems, type WorkingDayFiguresInput } from '../../domain/calendar/serviceLevelFigures.ts';
import { AppError } from '../../domain/errors.ts';
import { canManageWorkingCalendar } from '../../domain/policies/calendarPolicy.ts';
import { recordAdminChange } from '../audit/recordAdminChange.ts';
import type { CommandContext } from '../context.ts';

/** The case kind whose service levels are set per agency, in working days. */
export const INFO_REQUEST_KIND = 'info_request';

export interface AgencyServiceLevel {
  unit: UnitRow;
  own: WorkingDayFiguresInput | null;
  /** What applies without the unit's own row: its nearest ancestor's (`from`), or the kind's default (`from` null). */
  inherited: { figures: WorkingDayFiguresInput; from: UnitRow | null } | null;
}

function requireAdmin(ctx: CommandContext): void {
  if (!canManageWorkingCalendar(ctx.actor)) throw new AppError('forbidden');
}

function figuresOf(row: WorkingDayLevelRow): WorkingDayFiguresInput | null {
  if (!row.acknowledge_working_days || !row.resolve_working_days || !row.long_overdue_working_days) return null;
  return {
    acknowledgeWorkingDays: row.acknowledge_working_days,
    resolveWorkingDays: row.resolve_working_days,
    longOverdueWorkingDays: row.long_overdue_working_days,
    escalateEveryWorkingDays: row.escalate_every_working_days ?? row.long_overdue_working_days - row.resolve_working_days,
    maxEscalationLevels: row.max_escalation_levels,
  };
}

const snapshot = (figures: WorkingDayFiguresInput | null) => (figures ? { ...figures } : null);

async function loadUnit(ctx: CommandContext, unitId: string): Promise<UnitRow> {
  const [unit] = await findUnitsByIds(ctx.db, [unitId]);
  if (!unit) throw new AppError('not_found');
  return unit;
}

/** A unit's official-information service level: its own figures, and what it would follow without them. */
export async function readAgencyServiceLevel(ctx: CommandContext, unitId: string): Promise<AgencyServiceLevel> {
  requireAdmin(ctx);
  const unit = await loadUnit(ctx, unitId);
  const pathIds = unit.path.split('/').filter(Boolean);
  const rows = await findWorkingDayLevels(ctx.db, { caseKind: INFO_REQUEST_KIND, unitIds: pathIds });
  const ownRow = rows.find((row) => row.unit_id === unit.id);
  const ancestors = pathIds.slice(0, -1).reverse();
  const nearest = ancestors.map((id) => rows.find((row) => row.unit_id === id)).find((row) => row !== undefined);
  const fallback = nearest ?? rows.find((row) => row.unit_id === null);
  const fallbackFigures = fallback ? figuresOf(fallback) : null;
  const from = nearest?.unit_id ? ((await findUnitsByIds(ctx.db, [nearest.unit_id]))[0] ?? null) : null;
  return {
    unit,
    own: ownRow ? figuresOf(ownRow) : null,
    inherited: fallbackFigures ? { figures: fallbackFigures, from } : null,
  };
}

/**
 * Sets a unit's own service level for official-information requests; the sweep uses it for the unit
 * and every unit below it without its own row from its next run. Escalation keeps the default's final
 * unit (the Office of the Permanent Secretary, PM's Office).
 */
export async function setAgencyServiceLevel(ctx: CommandContext, unitId: string, figures: WorkingDayFiguresInput): Promise<void> {
  requireAdmin(ctx);
  const problems = workingDayFigureProblems(figures);
  if (problems.length > 0) throw new AppError('validation_failed', { fields: problems });
  const unit = await loadUnit(ctx, unitId);
  const at = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const rows = await findWorkingDayLevels(tx, { caseKind: INFO_REQUEST_KIND, unitIds: [unit.id], lock: true });
    const before = rows.find((row) => row.unit_id === unit.id);
    const fallback = rows.find((row) => row.unit_id === null);
    const name = (lang: 'th' | 'en') =>
      lang === 'th'
        ? `คำขอข้อมูลข่าวสาร (${unit.name_th}): ตอบใน ${figures.resolveWorkingDays} วันทำการ`
        : `Information request (${unit.name_en ?? unit.name_th}): answer in ${figures.resolveWorkingDays} working days`;
    await upsertUnitWorkingDayLevel(tx, {
      caseKind: INFO_REQUEST_KIND,
      unitId: unit.id,
      nameTh: name('th'),
      nameEn: name('en'),
      ...figures,
      finalUnitCode: fallback?.final_unit_code ?? null,
    });
    await recordAdminChange(
      tx,
      { actor: ctx.actor, at },
      {
        action: before ? 'service_level.update' : 'service_level.create',
        targetType: 'service_level',
        targetId: `${INFO_REQUEST_KIND}:${unit.code}`,
        before: before ? snapshot(figuresOf(before)) : null,
        after: snapshot(figures),
      },
    );
  });
}

/** Removes a unit's own service level: it follows its nearest ancestor's, or the default, again. */
export async function removeAgencyServiceLevel(ctx: CommandContext, unitId: string): Promise<void> {
  requireAdmin(ctx);
  const unit = await loadUnit(ctx, unitId);
  await ctx.db.transaction(async (tx) => {
    const rows = await findWorkingDayLevels(tx, { caseKind: INFO_REQUEST_KIND, unitIds: [unit.id], lock: true });
    const before = rows.find((row) => row.unit_id === unit.id);
    if (!before) throw new AppError('not_found');
    await deleteUnitWorkingDayLevel(tx, { caseKind: INFO_REQUEST_KIND, unitId: unit.id });
    await recordAdminChange(
      tx,
      { actor: ctx.actor, at: ctx.clock.now() },
      {
        action: 'service_level.delete',
        targetType: 'service_level',
        targetId: `${INFO_REQUEST_KIND}:${unit.code}`,
        before: snapshot(figuresOf(before)),
        after: null,
      },
    );
  });
}
