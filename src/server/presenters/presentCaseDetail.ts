import type { CaseDetail } from '../../commands/cases/readCaseDetail.ts';
import { caseKindNames } from '../../domain/cases/caseKinds.ts';
import type { Actor } from '../../domain/roles.ts';
import { presentAttachment } from './presentAttachment.ts';
import { presentAssignment, presentCaseSummary } from './presentCase.ts';

/** The case page: the summary with body and details, the assignments and files the viewer may see, and the case actions open to them. */
export function presentCaseDetail(detail: CaseDetail, actor: Actor) {
  const { row, owner, asOf: now } = detail;
  return {
    case: {
      ...presentCaseSummary(
        { ...row, owner_unit_code: owner.code, owner_unit_name_th: owner.name_th, owner_unit_name_en: owner.name_en },
        now,
      ),
      body: row.body,
      details: row.details,
      closedAt: row.closed_at?.toISOString() ?? null,
      version: row.version,
    },
    assignments: detail.assignments.map((a) => presentAssignment(a, actor, now, row.status === 'closed')),
    attachments: detail.attachments.map(presentAttachment),
    allowedActions: detail.allowedActions,
    kindName: { th: caseKindNames[row.kind].th, en: caseKindNames[row.kind].en },
  };
}
