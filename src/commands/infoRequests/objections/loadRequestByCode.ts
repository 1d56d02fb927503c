import type { Queryable } from '../../../db/database.ts';
import { findCase } from '../../../db/queries/caseQueries.ts';
import { findLatestAnswer, listAnswerDocuments } from '../../../db/queries/infoRequestAnswerQueries.ts';
import { listCaseObjections } from '../../../db/queries/infoRequestObjectionQueries.ts';
import { findInfoRequestByCode } from '../../../db/queries/infoRequestQueries.ts';
import { AppError } from '../../../domain/errors.ts';
import { refusesSomething } from '../../../domain/infoRequests/answerRules.ts';
import { objectionWays } from '../../../domain/infoRequests/objectionClocks.ts';
import { parseTrackingCode } from '../../../domain/complaints/trackingCode.ts';

/**
 * A request as its requester reaches it by tracking code (the code is their secret; an unknown or
 * malformed code is simply not found), with its latest answer, its objections and which of the two
 * ways to object is open at `now`. Locks the case and the request when `forUpdate`.
 */
export async function loadRequestByCode(db: Queryable, code: string, now: Date, options: { forUpdate?: boolean } = {}) {
  const normalised = parseTrackingCode(code);
  if (!normalised) throw new AppError('not_found');
  const found = await findInfoRequestByCode(db, normalised);
  if (!found) throw new AppError('not_found');
  const kase = await findCase(db, found.case_id, options);
  const request = options.forUpdate ? await findInfoRequestByCode(db, normalised, options) : found;
  if (!kase || !request) throw new AppError('not_found');
  const answer = await findLatestAnswer(db, kase.id);
  const documents = answer ? await listAnswerDocuments(db, answer.id) : [];
  const objections = await listCaseObjections(db, kase.id);
  const openKinds = new Set(objections.filter((o) => o.status === 'open').map((o) => o.kind));
  const ways = objectionWays(
    request,
    answer
      ? {
          outcome: answer.outcome,
          appeal_deadline_at: answer.appeal_deadline_at,
          refuses: refusesSomething({ outcome: answer.outcome, documents }),
        }
      : null,
    openKinds,
    now,
  );
  return { kase, request, answer, documents, objections, ways };
}
