import { countStaffExamplesSince } from '../../db/queries/classifierExampleQueries.ts';
import { currentClassifierModelRow, lastClassifierAttempt, type ClassifierAttemptRow } from '../../db/queries/classifierModelQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { canManageComplaintSettings } from '../../domain/policies/complaintPolicy.ts';
import type { CommandContext } from '../context.ts';
import { activeClassifier } from './activeClassifier.ts';
import { currentComplaintConfig } from './complaintConfig.ts';
import { loadRetrainSchedule, retrainScheduleText } from './retrainScheduleSetting.ts';
import { trainClassifierModel, type TrainResult } from './trainClassifierModel.ts';

export interface ClassifierStatus {
  /** null: no model was trained here yet; the suggester uses the one made from the shipped complaints. */
  current: (ReturnType<typeof attemptFacts> & { perCategory: CategoryFacts[] }) | null;
  lastAttempt: ReturnType<typeof attemptFacts> | null;
  /** Staff-labelled examples the current model has not learnt from. */
  waitingExamples: number;
  /** The Bangkok time of the nightly retrain, or null: off. */
  retrainAt: string | null;
  /** The stored model this process suggests with (null: the shipped default): after `config` is read, so already caught up. */
  modelInThisProcess: number | null;
}

interface CategoryFacts {
  code: string;
  name: { th: string; en: string };
  tested: number;
  top1: number;
  top3: number;
}

function attemptFacts(row: ClassifierAttemptRow) {
  return {
    id: row.id,
    trainedAt: row.trained_at,
    installed: row.installed,
    outcome: row.outcome ?? 'installed',
    examples: { total: row.examples, shipped: row.shipped_examples, staff: row.staff_examples, closed: row.closed_examples },
    heldOut: row.held_out,
    top1: row.top1,
    top3: row.top3,
    currentTop1: row.baseline_top1,
    currentTop3: row.baseline_top3,
  };
}

/** The suggester as administrators see it (`/admin/classifier`): the model in use, how it scored, and what waits. */
export async function readClassifierStatus(ctx: CommandContext): Promise<ClassifierStatus> {
  if (!canManageComplaintSettings(ctx.actor)) throw new AppError('forbidden');
  const [current, last, config] = [
    await currentClassifierModelRow(ctx.db),
    await lastClassifierAttempt(ctx.db),
    await currentComplaintConfig(ctx.db),
  ];
  const name = (code: string) => {
    const category = config.categories.get(code);
    return { th: category?.name_th ?? code, en: category?.name_en ?? code };
  };
  return {
    current: current
      ? { ...attemptFacts(current), perCategory: (current.per_category ?? []).map((entry) => ({ ...entry, name: name(entry.code) })) }
      : null,
    lastAttempt: last ? attemptFacts(last) : null,
    waitingExamples: await countStaffExamplesSince(ctx.db, current?.knew_until ?? null),
    retrainAt: retrainScheduleText(loadRetrainSchedule()),
    modelInThisProcess: activeClassifier.storedId(),
  };
}

/** "Train now" on the admin page: the same retrain as `tidtam train`, for administrators. */
export async function trainClassifierNow(ctx: CommandContext): Promise<TrainResult> {
  if (!canManageComplaintSettings(ctx.actor)) throw new AppError('forbidden');
  return trainClassifierModel(ctx);
}
