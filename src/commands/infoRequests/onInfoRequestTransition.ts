import type { Queryable } from '../../db/database.ts';
import { findInfoRequestByCase } from '../../db/queries/infoRequestQueries.ts';
import { setInfoRequestState } from '../../db/queries/infoRequestHandlingQueries.ts';
import { AppError } from '../../domain/errors.ts';
import type { AssignmentMove, AssignmentStatus } from '../../domain/cases/assignmentLifecycle.ts';

/**
 * The request's hook in `assignmentHooks`: when the agency a request was transferred to acknowledges
 * its lead assignment (the ordinary assignment action), the request reads `awaiting_response` again.
 * Other moves say nothing to the requester here: the transfer, the question and the answer tell them.
 */
export async function onInfoRequestTransition(
  tx: Queryable,
  input: { caseId: string; assignmentId: string; move: AssignmentMove; to: AssignmentStatus; now: Date; publicReply?: string | null },
): Promise<void> {
  // A requester is written to by the answer, the transfer and the question, never by a bare reply.
  if (input.publicReply) {
    throw new AppError('validation_failed', {
      fields: [
        {
          path: '/publicReply',
          th: 'คำขอข้อมูลข่าวสารตอบผู้ขอด้วยคำตอบของหน่วยงาน',
          en: 'An information request is answered through the answer page.',
        },
      ],
    });
  }
  if (input.move !== 'acknowledge') return;
  const request = await findInfoRequestByCase(tx, input.caseId, { forUpdate: true });
  if (request?.state !== 'transferred') return;
  const lead = await tx.query<{ id: string }>(
    `select id from assignments where id = $1 and role = 'lead' and parent_id is null and unit_id = $2`,
    [input.assignmentId, request.agency_unit_id],
  );
  if (lead.rows.length === 0) return;
  await setInfoRequestState(tx, { caseId: input.caseId, state: 'awaiting_response', now: input.now });
}
