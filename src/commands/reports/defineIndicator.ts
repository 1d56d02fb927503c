import { appendEvent } from '../../db/queries/eventQueries.ts';
import { insertIndicator, type IndicatorRow } from '../../db/queries/indicatorQueries.ts';
import { setReportCycle } from '../../db/queries/progressReportQueries.ts';
import { AppError } from '../../domain/errors.ts';
import type { Aggregation, Direction, IndicatorKind, TrajectoryPoint } from '../../domain/indicators/indicatorTypes.ts';
import { canManageCase } from '../../domain/policies/casePolicy.ts';
import { loadReadableCase } from '../cases/loadReadableCase.ts';
import type { CommandContext } from '../context.ts';

export interface IndicatorInput {
  nameTh: string;
  nameEn: string | null;
  unitOfMeasure: string;
  direction: Direction;
  kind: IndicatorKind;
  baseline: number;
  target: number;
  targetDate: string | null;
  aggregation: Aggregation;
  trajectory: TrajectoryPoint[];
}

/** The owner side of a case defines an outcome indicator with its trajectory; units then report against it. */
export async function defineIndicator(ctx: CommandContext, caseId: string, input: IndicatorInput): Promise<IndicatorRow> {
  const { actor } = ctx;
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { row: kase, facts } = await loadReadableCase(tx, actor, caseId, { forUpdate: true });
    if (!canManageCase(actor, facts)) throw new AppError('forbidden');
    const periods = input.trajectory.map((point) => point.period);
    if (new Set(periods).size !== periods.length) {
      throw new AppError('validation_failed', {
        fields: [{ path: '/trajectory', th: 'มีงวดซ้ำกันในเส้นทางเป้าหมาย', en: 'A period appears twice in the trajectory.' }],
      });
    }
    const indicator = await insertIndicator(tx, {
      case_id: kase.id,
      name_th: input.nameTh,
      name_en: input.nameEn,
      unit_of_measure: input.unitOfMeasure,
      direction: input.direction,
      kind: input.kind,
      baseline: input.baseline,
      target: input.target,
      target_date: input.targetDate,
      aggregation: input.aggregation,
      trajectory: [...input.trajectory].sort((a, b) => a.period.localeCompare(b.period)),
      created_by: actor.userId,
      now,
    });
    await appendEvent(tx, {
      caseId: kase.id,
      type: 'indicator_defined',
      actorUserId: actor.userId,
      actorUnitId: actor.unitId,
      data: { indicatorId: indicator.id, nameTh: input.nameTh, nameEn: input.nameEn },
      at: now,
    });
    return indicator;
  });
}

/** The owner side sets how often units report (months). */
export async function setCaseReportCycle(ctx: CommandContext, caseId: string, cycleMonths: number): Promise<void> {
  const { actor } = ctx;
  await ctx.db.transaction(async (tx) => {
    const { row: kase, facts } = await loadReadableCase(tx, actor, caseId, { forUpdate: true });
    if (!canManageCase(actor, facts)) throw new AppError('forbidden');
    await setReportCycle(tx, kase.id, cycleMonths);
    await appendEvent(tx, {
      caseId: kase.id,
      type: 'report_cycle_set',
      actorUserId: actor.userId,
      actorUnitId: actor.unitId,
      data: { cycleMonths },
      at: ctx.clock.now(),
    });
  });
}
