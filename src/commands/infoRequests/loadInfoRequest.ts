import type { Queryable } from '../../db/database.ts';
import { findInfoRequestForHandling, lockInfoRequest, type InfoRequestForHandling } from '../../db/queries/infoRequestHandlingQueries.ts';
import { AppError } from '../../domain/errors.ts';
import type { InfoRequestFacts } from '../../domain/policies/infoRequestHandlingPolicy.ts';
import type { Actor } from '../../domain/roles.ts';
import { pendingInfoRequestStates } from '../../shared/infoRequests.ts';
import { loadReadableCase } from '../cases/loadReadableCase.ts';

export function infoRequestFacts(request: InfoRequestForHandling): InfoRequestFacts {
  return {
    leadUnitPath: request.lead_unit_path,
    agencyUnitPath: request.agency_path,
    pending: pendingInfoRequestStates.includes(request.state) && request.case_status !== 'closed',
  };
}

/**
 * A request the actor may read (else `not_found`, so its existence does not leak), with the facts the
 * handling policies need. With `forUpdate` the case, then the request, are locked first.
 */
export async function loadInfoRequest(
  db: Queryable,
  actor: Actor,
  caseId: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ request: InfoRequestForHandling; facts: InfoRequestFacts }> {
  const { row } = await loadReadableCase(db, actor, caseId, { forUpdate: options.forUpdate });
  if (row.kind !== 'info_request') throw new AppError('not_found');
  if (options.forUpdate) await lockInfoRequest(db, caseId);
  const request = await findInfoRequestForHandling(db, { caseId });
  if (!request) throw new AppError('not_found');
  return { request, facts: infoRequestFacts(request) };
}

/** The same request by its tracking code, for the requester; an unknown code is `not_found`, said the same way. */
export async function loadByCode(db: Queryable, trackingCode: string, options: { forUpdate?: boolean } = {}) {
  const found = await findInfoRequestForHandling(db, { trackingCode });
  if (!found) throw new AppError('not_found');
  if (!options.forUpdate) return found;
  await lockInfoRequest(db, found.case_id);
  return (await findInfoRequestForHandling(db, { caseId: found.case_id }))!;
}

export function checkText(value: string, path: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length < 3 || trimmed.length > max) {
    throw new AppError('validation_failed', {
      fields: [{ path, th: `โปรดเขียน 3 ถึง ${max} ตัวอักษร`, en: `Write 3 to ${max} characters.` }],
    });
  }
  return trimmed;
}
