import type { Queryable } from '../../db/database.ts';
import { oicUnitPath } from '../../db/queries/infoRequestHandlingQueries.ts';
import { assignmentUnitPathsWithin, findCase, type CaseRow } from '../../db/queries/caseQueries.ts';
import { checkExpectedVersion } from '../../domain/cases/checkExpectedVersion.ts';
import { AppError } from '../../domain/errors.ts';
import { canReadCase, type CaseFacts } from '../../domain/policies/casePolicy.ts';
import { readScope } from '../../domain/policies/readScope.ts';
import type { Actor } from '../../domain/roles.ts';

/**
 * Loads a case the actor may read, with the facts policies need. A case the
 * actor may not read is reported as not found, so its existence does not leak.
 * With `expectedVersion` (the `If-Match` of a write, with `forUpdate`), a case
 * changed since the caller read it is refused as `stale_write`.
 */
export async function loadReadableCase(
  db: Queryable,
  actor: Actor,
  caseId: string,
  options: { forUpdate?: boolean; expectedVersion?: number | undefined } = {},
): Promise<{ row: CaseRow; facts: CaseFacts }> {
  const row = await findCase(db, caseId, { forUpdate: options.forUpdate });
  if (!row) throw new AppError('not_found');
  const scope = readScope(actor);
  const facts: CaseFacts = {
    kind: row.kind,
    status: row.status,
    ownerUnitPath: row.owner_unit_path,
    // National roles read every case: no need to look for their units among the assignments.
    assignmentUnitPaths: scope.national ? [] : await assignmentUnitPathsWithin(db, caseId, scope.unitPath),
    ...(row.kind === 'info_request' && !scope.national ? { oicUnitPath: await oicUnitPath(db) } : {}),
  };
  if (!canReadCase(actor, facts)) throw new AppError('not_found');
  checkExpectedVersion(row, options.expectedVersion);
  return { row, facts };
}
