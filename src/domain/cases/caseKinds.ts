import { buddhistYear } from '../../shared/thaiTime.ts';
import type { CaseKind } from '../../shared/caseKinds.ts';

/** The lists live in `shared/` because the browser uses them too; re-exported so the domain keeps one place to import from. */
export { caseKinds, caseStatuses, priorities, type CaseKind, type CaseStatus, type Priority } from '../../shared/caseKinds.ts';

export const caseKindNames: Record<CaseKind, { th: string; en: string; refPrefix: string }> = {
  directive: { th: 'ข้อสั่งการ', en: 'Directive', refPrefix: 'DIR' },
  policy: { th: 'นโยบาย', en: 'Policy', refPrefix: 'POL' },
  cabinet_resolution: { th: 'มติคณะรัฐมนตรี', en: 'Cabinet resolution', refPrefix: 'CAB' },
  parliamentary_question: { th: 'กระทู้ถาม', en: 'Parliamentary question', refPrefix: 'PQ' },
  draft_bill: { th: 'ร่างพระราชบัญญัติ', en: 'Draft bill', refPrefix: 'BILL' },
  complaint: { th: 'เรื่องร้องเรียน', en: 'Complaint', refPrefix: 'CMP' },
  info_request: { th: 'คำขอข้อมูลข่าวสาร', en: 'Information request', refPrefix: 'OIA' },
};

/**
 * Case reference numbers carry the Buddhist-era year the way Thai government
 * letters do (ที่ นร 0105/2569): `DIR-2569-000123`. The number comes from one
 * database sequence, so numbers are unique but may skip. The year is the one
 * in Bangkok when the case was made: a case filed at 00:30 on 1 January
 * (17:30 UTC on 31 December) carries the new year.
 */
export function formatCaseRef(kind: CaseKind, createdAt: Date, sequence: number): string {
  return `${caseRefPrefix(kind, createdAt)}${String(sequence).padStart(6, '0')}`;
}

/** A reference number up to its sequence (`CMP-2569-`), for the intake statement that numbers complaints in SQL. */
export function caseRefPrefix(kind: CaseKind, createdAt: Date): string {
  return `${caseKindNames[kind].refPrefix}-${buddhistYear(createdAt)}-`;
}
