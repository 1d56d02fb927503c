import { scopePathPrefix, type ReadScope } from '../../domain/policies/readScope.ts';
import type { Queryable } from '../database.ts';

export interface QuestionRow {
  id: string;
  ref: string;
  title: string;
  status: string;
  details: Record<string, unknown>;
  answering_unit_id: string | null;
  answering_unit_code: string | null;
  answering_unit_name_th: string | null;
  answering_unit_name_en: string | null;
}

/**
 * Parliamentary questions the viewer may read, soonest deadline first: owned
 * or held inside the viewer's subtree, or answered by a unit in it.
 */
export async function listQuestions(db: Queryable, input: { scope: ReadScope; limit: number }): Promise<QuestionRow[]> {
  const result = await db.query<QuestionRow>(
    `select c.id, c.ref, c.title, c.status, c.details, au.id as answering_unit_id, au.code as answering_unit_code,
            au.name_th as answering_unit_name_th, au.name_en as answering_unit_name_en
       from cases c
       join units ou on ou.id = c.owner_unit_id
       left join units au on au.id::text = c.details ->> 'answeringUnitId'
      where c.kind = 'parliamentary_question' and c.status <> 'closed'
        and ($1::text is null or ou.path like $1 || '%' or au.path like $1 || '%' or exists (
              select 1 from assignments sa join units su on su.id = sa.unit_id where sa.case_id = c.id and su.path like $1 || '%'))
      order by c.details ->> 'answerDeadline', c.ref
      limit $2`,
    [scopePathPrefix(input.scope), input.limit],
  );
  return result.rows;
}
