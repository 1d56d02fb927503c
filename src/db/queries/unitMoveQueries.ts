import type { Queryable } from '../database.ts';
import { applyFoldDelta, FOLD_LOCK } from './complaintStatisticsFold.ts';

/**
 * Puts a unit and everything below it under a new parent: the materialised paths and depths of
 * the whole branch change in one statement. The complaint statistics count each complaint in
 * every unit above its handler (`u:` scopes), so the branch's facts are taken out of the sums
 * while the old paths stand and added back under the new ones, inside the fold's lock: the
 * figures of the old and the new parents are right as soon as the move commits.
 */
export async function moveUnitSubtree(
  tx: Queryable,
  move: { unitId: string; oldPath: string; newParentId: string; newParentPath: string; depthChange: number },
): Promise<void> {
  await tx.query('select pg_advisory_xact_lock($1)', [FOLD_LOCK]);
  await tx.exec('create temp table fold_delta (sign integer, like complaint_stat_facts) on commit drop');
  const branchFacts = (sign: number) =>
    tx.query(
      `insert into fold_delta select $2::int, f.* from complaint_stat_facts f
        where f.unit_id in (select id from units where path like $1 || '%')`,
      [move.oldPath, sign],
    );
  await branchFacts(-1);
  await applyFoldDelta(tx);
  await tx.query('delete from fold_delta');
  const newPath = `${move.newParentPath}${move.unitId}/`;
  await tx.query(
    `update units set path = $2 || substr(path, length($1) + 1), depth = depth + $3,
                      parent_id = case when id = $4 then $5::uuid else parent_id end
      where path like $1 || '%'`,
    [move.oldPath, newPath, move.depthChange, move.unitId, move.newParentId],
  );
  await tx.query(
    `insert into fold_delta select 1, f.* from complaint_stat_facts f
      where f.unit_id in (select id from units where path like $1 || '%')`,
    [newPath],
  );
  await applyFoldDelta(tx);
}
