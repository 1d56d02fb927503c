import type { Queryable } from '../../db/database.ts';
import type { CaseKind } from '../../domain/cases/caseKinds.ts';
import { validateCaseDetails } from '../../domain/delivery/caseDetails.ts';
import { AppError } from '../../domain/errors.ts';
import { endOfThaiDay } from '../../shared/thaiTime.ts';

/**
 * Checks a new case's details for its kind and what they point at, and gives
 * a parliamentary question its answer deadline as the case's due date when no
 * other was set.
 */
export async function prepareCaseDetails(
  tx: Queryable,
  input: { kind: CaseKind; details: Record<string, unknown>; dueAt: Date | null },
): Promise<{ details: Record<string, unknown>; dueAt: Date | null }> {
  const details = validateCaseDetails(input.kind, input.details);
  if (input.kind !== 'parliamentary_question') return { details, dueAt: input.dueAt };
  const unit = await tx.query<{ kind: string }>('select kind from units where id = $1', [details['answeringUnitId']]);
  if (unit.rows.length === 0) {
    throw new AppError('validation_failed', {
      fields: [{ path: '/details/answeringUnitId', th: 'ไม่พบหน่วยงานผู้ตอบนี้', en: 'There is no such answering unit.' }],
    });
  }
  return { details, dueAt: input.dueAt ?? endOfThaiDay(details['answerDeadline'] as string) };
}
