import type { CaseKind, Priority } from '../cases/caseKinds.ts';

export interface ServiceLevel {
  id: string;
  caseKind: string;
  category: string | null;
  priority: Priority | null;
  nameTh: string;
  nameEn: string;
  remindAfterHours: number | null;
  acknowledgeHours: number | null;
  resolveHours: number | null;
  escalateEveryHours: number | null;
  maxEscalationLevels: number;
  finalUnitCode: string | null;
  /** The agency (unit) this row is for; null: the default of its case kind. */
  unitId?: string | null;
  /** Counted in working days (`domain/calendar/workingDays.ts`) when set; official-information requests. */
  acknowledgeWorkingDays?: number | null;
  resolveWorkingDays?: number | null;
  longOverdueWorkingDays?: number | null;
  escalateEveryWorkingDays?: number | null;
}

/**
 * The policy for a case: the most specific one wins — kind, category and
 * priority; then kind and category; then kind and priority; then kind alone.
 */
export function matchServiceLevel(
  policies: readonly ServiceLevel[],
  kase: { kind: CaseKind; category: string | null; priority: Priority },
): ServiceLevel | undefined {
  const candidates = policies.filter(
    (p) =>
      !p.unitId &&
      p.caseKind === kase.kind &&
      (p.category === null || p.category === kase.category) &&
      (p.priority === null || p.priority === kase.priority),
  );
  const score = (p: ServiceLevel) => (p.category !== null ? 2 : 0) + (p.priority !== null ? 1 : 0);
  return candidates.sort((a, b) => score(b) - score(a))[0];
}

/**
 * An agency's own service level for a case kind: the row of the assignment's unit, else of its nearest
 * ancestor with a row (`unitPath` is the unit's materialised path, `/root/.../unit/`), else the kind's
 * default (`matchServiceLevel`). Only official-information requests have agency rows today.
 */
export function matchAgencyServiceLevel(
  policies: readonly ServiceLevel[],
  kase: { kind: CaseKind; category: string | null; priority: Priority },
  unitPath: string,
): ServiceLevel | undefined {
  const own = policies.filter((p) => p.unitId && p.caseKind === kase.kind);
  for (const unitId of unitPath.split('/').filter(Boolean).reverse()) {
    const row = own.find((p) => p.unitId === unitId);
    if (row) return row;
  }
  return matchServiceLevel(policies, kase);
}

/** Whether a service level counts in working days rather than hours. */
export function countsWorkingDays(policy: ServiceLevel): boolean {
  return Boolean(policy.acknowledgeWorkingDays || policy.resolveWorkingDays);
}
