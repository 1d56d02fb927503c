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
      p.caseKind === kase.kind &&
      (p.category === null || p.category === kase.category) &&
      (p.priority === null || p.priority === kase.priority),
  );
  const score = (p: ServiceLevel) => (p.category !== null ? 2 : 0) + (p.priority !== null ? 1 : 0);
  return candidates.sort((a, b) => score(b) - score(a))[0];
}
