import { infoRequestStateNames, objectionKindNames, type InfoRequestOutcome, type ObjectionKind } from '../../shared/infoRequests.ts';
import { objectionDecisionNames, type ObjectionDecision } from '../../shared/infoRequestAnswers.ts';
import { THAI_TIME_ZONE } from '../../shared/thaiTime.ts';

/** A date as a requester reads it: Buddhist era in both languages (the Act's periods are Thai dates). */
export function thaiDate(instant: Date): string {
  return instant.toLocaleDateString('th-TH-u-ca-buddhist', { timeZone: THAI_TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });
}
export function englishDate(instant: Date): string {
  const text = instant.toLocaleDateString('en-GB-u-ca-buddhist', {
    timeZone: THAI_TIME_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return text.replace(/\s*BE$/, '') + ' B.E.';
}

export interface GroundName {
  code: string;
  section: string;
  item: string | null;
  name_th: string;
  name_en: string;
}

const sectionTh = (g: GroundName) => (g.item ? `มาตรา ${g.section} (${g.item})` : `มาตรา ${g.section}`);
const sectionEn = (g: GroundName) => (g.item ? `section ${g.section}(${g.item})` : `section ${g.section}`);
const baht = (amount: number, locale: string) => amount.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * What the requester is told when the agency answers (Thai paragraph first: the SMS is cut from it):
 * the outcome, the grounds by name, the fee, and for a refusal how to appeal and by when.
 */
export function answerMessage(input: {
  ref: string;
  trackingCode: string;
  outcome: InfoRequestOutcome;
  message: string;
  grounds: GroundName[];
  feeBaht: number;
  feeNote: string | null;
  appealDeadline: Date | null;
}): { subject: string; body: string } {
  const state = infoRequestStateNames[input.outcome];
  const th = [`คำขอข้อมูลข่าวสาร ${input.ref} (รหัสติดตาม ${input.trackingCode}): ${state.th}`, input.message];
  const en = [`Information request ${input.ref} (tracking code ${input.trackingCode}): ${state.en}`, input.message];
  if (input.grounds.length > 0) {
    th.push(`เหตุที่ไม่เปิดเผย: ${input.grounds.map((g) => `${sectionTh(g)} ${g.name_th}`).join('; ')}`);
    en.push(`Grounds for withholding: ${input.grounds.map((g) => `${sectionEn(g)} ${g.name_en}`).join('; ')}`);
  }
  if (input.feeBaht > 0) {
    th.push(`ค่าธรรมเนียม ${baht(input.feeBaht, 'th-TH')} บาท${input.feeNote ? ` (${input.feeNote})` : ''}`);
    en.push(`Fee: ${baht(input.feeBaht, 'en-GB')} baht${input.feeNote ? ` (${input.feeNote})` : ''}`);
  }
  if (input.appealDeadline) {
    th.push(
      `ท่านอุทธรณ์ต่อคณะกรรมการวินิจฉัยการเปิดเผยข้อมูลข่าวสารได้ (มาตรา 18) ภายในวันที่ ${thaiDate(input.appealDeadline)} ` +
        `ผ่านหน้าติดตามคำขอด้วยรหัสติดตามของท่าน หรือยื่นที่สำนักงานคณะกรรมการข้อมูลข่าวสารของราชการ`,
    );
    en.push(
      `You may appeal to the Information Disclosure Tribunal (section 18) by ${englishDate(input.appealDeadline)}, ` +
        `on the tracking page with your tracking code, or at the Office of the Official Information Commission.`,
    );
  }
  return { subject: `${state.th} / ${state.en}: ${input.ref}`, body: `${th.join('\n')}\n\n${en.join('\n')}` };
}

/** What the requester is told when the Commission's office records a decision on their objection. */
export function decisionMessage(input: {
  ref: string;
  trackingCode: string;
  kind: ObjectionKind;
  decision: ObjectionDecision;
  note: string | null;
  dueAt: Date | null;
}): { subject: string; body: string } {
  const kind = objectionKindNames[input.kind];
  const decision = objectionDecisionNames[input.decision];
  const th = [`${kind.th} คำขอ ${input.ref} (รหัสติดตาม ${input.trackingCode}): ${decision.th}`];
  const en = [`${kind.en}, request ${input.ref} (tracking code ${input.trackingCode}): ${decision.en}`];
  if (input.decision === 'extended' && input.dueAt) {
    th.push(`คณะกรรมการจะพิจารณาให้แล้วเสร็จภายในวันที่ ${thaiDate(input.dueAt)}`);
    en.push(`The Commission will decide by ${englishDate(input.dueAt)}.`);
  }
  if (input.decision === 'overturned' || input.decision === 'partly_overturned' || input.decision === 'agency_ordered_to_answer') {
    th.push('หน่วยงานจะต้องตอบคำขอของท่านอีกครั้ง ท่านติดตามได้ด้วยรหัสติดตามเดิม');
    en.push('The agency must answer your request again. Follow it with the same tracking code.');
  }
  if (input.note) {
    th.push(input.note);
    en.push(input.note);
  }
  return { subject: `${decision.th} / ${decision.en}: ${input.ref}`, body: `${th.join('\n')}\n\n${en.join('\n')}` };
}
