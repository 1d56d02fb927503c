import type { Queryable } from '../../db/database.ts';
import { findComplaintByCase, findLeadAssignment, type ComplaintRow } from '../../db/queries/complaintQueries.ts';
import { AppError } from '../../domain/errors.ts';
import type { ComplaintFacts } from '../../domain/policies/complaintPolicy.ts';
import type { Actor } from '../../domain/roles.ts';
import { loadReadableCase } from '../cases/loadReadableCase.ts';

export type LeadAssignment = NonNullable<Awaited<ReturnType<typeof findLeadAssignment>>>;

/**
 * A complaint the actor may read (else not found), locked when asked, with its lead assignment and policy facts;
 * with `expectedVersion`, refused as `stale_write` when its case moved on since the caller read it.
 */
export async function loadComplaint(
  tx: Queryable,
  actor: Actor,
  caseId: string,
  options: { forUpdate?: boolean; expectedVersion?: number | undefined } = {},
): Promise<{ complaint: ComplaintRow; lead: LeadAssignment | undefined; facts: ComplaintFacts }> {
  const { row } = await loadReadableCase(tx, actor, caseId, options);
  if (row.kind !== 'complaint') throw new AppError('not_found');
  const complaint = await findComplaintByCase(tx, caseId, { forUpdate: options.forUpdate });
  if (!complaint) throw new AppError('not_found');
  const lead = await findLeadAssignment(tx, caseId);
  return {
    complaint,
    lead,
    facts: { ownerUnitId: complaint.owner_unit_id, leadUnitId: lead?.unit_id ?? null, caseClosed: complaint.case_status === 'closed' },
  };
}
