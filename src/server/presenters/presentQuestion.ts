import type { QuestionRow } from '../../db/queries/questionBoardQuery.ts';
import { questionDeadlineStatus } from '../../domain/delivery/questionDeadline.ts';
import { localized } from './presentUnit.ts';

/** A parliamentary question on the board, with Bangkok calendar days left to its answer deadline at `now`. */
export function presentQuestion(row: QuestionRow, now: Date) {
  const answer = row.details['answer'] as { answeredOn?: string } | undefined;
  const deadline = String(row.details['answerDeadline'] ?? '');
  return {
    id: row.id,
    ref: row.ref,
    title: row.title,
    askingMember: String(row.details['askingMember'] ?? ''),
    answeringUnit: row.answering_unit_id
      ? {
          id: row.answering_unit_id,
          code: row.answering_unit_code!,
          name: localized(row.answering_unit_name_th!, row.answering_unit_name_en),
        }
      : null,
    answerDeadline: deadline,
    ...questionDeadlineStatus(deadline, now, Boolean(answer)),
    answeredOn: answer?.answeredOn ?? null,
  };
}
