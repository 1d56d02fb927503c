import type { Queryable } from '../../db/database.ts';
import {
  findPublicationSubject,
  findRequesterForRedaction,
  listAnswers,
  listRulesForRequest,
  type AnswerRow,
  type PublicationSubject,
} from '../../db/queries/infoRequestOpenQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { redactText, type RedactedText, type RedactionRule } from '../../domain/infoRequests/redaction.ts';

export interface RedactedRequest {
  subject: PublicationSubject;
  title: RedactedText;
  body: RedactedText;
  answers: { answer: AnswerRow; message: RedactedText }[];
  rules: RedactionRule[];
}

/**
 * A request's title, body and answer messages as they would be published: every rule that applies
 * (site, agency, requester, request), the requester's own details from their contact row, then the
 * personal-data mask. The contact is read here only to take it out; it leaves in no answer.
 */
export async function redactInfoRequest(db: Queryable, caseId: string, options: { forUpdate?: boolean } = {}): Promise<RedactedRequest> {
  const subject = await findPublicationSubject(db, caseId, options);
  if (!subject) throw new AppError('not_found');
  const contact = await findRequesterForRedaction(db, caseId);
  const rows = await listRulesForRequest(db, { caseId, agencyUnitId: subject.agency_unit_id, contactId: contact?.id ?? null });
  const rules: RedactionRule[] = rows.map((row) => ({ id: row.id, scope: row.scope, pattern: row.pattern, replacement: row.replacement }));
  const requester = {
    name: contact?.name ?? null,
    email: contact?.email ?? null,
    phone: contact?.phone ?? null,
    citizenId: contact?.citizen_id ?? null,
  };
  const redact = (text: string) => redactText(text, rules, requester);
  const answers = (await listAnswers(db, caseId)).map((answer) => ({ answer, message: redact(answer.message) }));
  return { subject, title: redact(subject.title), body: redact(subject.body), answers, rules };
}
