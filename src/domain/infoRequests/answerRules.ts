import { AppError, type FieldProblem } from '../errors.ts';
import type { DocumentDisclosure, InfoRequestOutcome } from '../../shared/infoRequests.ts';
import { infoAnswerLimits } from '../../shared/infoRequestAnswers.ts';

/** One document of an answer, as the officer sends it. */
export interface AnswerDocumentInput {
  title: string;
  disclosure: DocumentDisclosure;
  groundCodes?: string[] | undefined;
  attachmentId?: string | null | undefined;
}

/** An agency's answer, as the officer sends it. */
export interface AnswerInput {
  outcome: InfoRequestOutcome;
  message: string;
  groundCodes?: string[] | undefined;
  feeBaht?: number | undefined;
  feeNote?: string | null | undefined;
  documents?: AnswerDocumentInput[] | undefined;
}

/** The answer as it is stored: text trimmed, grounds without repeats, a fee in whole satang. */
export interface CheckedAnswer {
  outcome: InfoRequestOutcome;
  message: string;
  groundCodes: string[];
  feeBaht: number;
  feeNote: string | null;
  documents: { title: string; disclosure: DocumentDisclosure; groundCodes: string[]; attachmentId: string | null }[];
}

const unique = (codes: readonly string[] | undefined) => [...new Set((codes ?? []).map((code) => code.trim()).filter(Boolean))];
const clean = (text: string | null | undefined) => (text ?? '').normalize('NFC').trim();

/**
 * The rules of an answer, without I/O (the active grounds are handed in):
 * - a refusal, and every withheld or partly disclosed document, names at least one active ground
 *   (section 14 or an item of section 15), so the grounds used can be counted and published;
 * - a disclosed or partly disclosed document carries its file (the redacted copy for a partly
 *   disclosed one); a withheld document has none;
 * - "answered in full" withholds nothing; "not held" has no documents;
 * - grounds not in the list, or deactivated, are refused by name.
 * Every problem is reported at once, each with the path of the field to fix.
 */
export function checkAnswer(input: AnswerInput, activeGrounds: ReadonlySet<string>): CheckedAnswer {
  const fields: FieldProblem[] = [];
  const message = clean(input.message);
  if (!message) fields.push({ path: '/message', th: 'โปรดเขียนข้อความถึงผู้ขอ', en: 'Write a message to the requester.' });
  if ([...message].length > infoAnswerLimits.messageMax) {
    fields.push({
      path: '/message',
      th: `ข้อความยาวเกิน ${infoAnswerLimits.messageMax.toLocaleString('th-TH')} ตัวอักษร`,
      en: `The message is longer than ${infoAnswerLimits.messageMax} characters.`,
    });
  }
  const groundCodes = unique(input.groundCodes);
  checkGrounds(groundCodes, activeGrounds, '/groundCodes', fields);
  const feeBaht = Math.round((input.feeBaht ?? 0) * 100) / 100;
  if (!Number.isFinite(feeBaht) || feeBaht < 0 || feeBaht > infoAnswerLimits.feeMax) {
    fields.push({ path: '/feeBaht', th: 'ค่าธรรมเนียมต้องเป็นจำนวนเงินที่ไม่ติดลบ', en: 'The fee must be an amount of zero or more.' });
  }
  const feeNote = clean(input.feeNote) || null;
  const documents = (input.documents ?? []).map((doc, index) => checkDocument(doc, index, activeGrounds, fields));

  if (input.outcome === 'refused' && groundCodes.length === 0 && !documents.some((doc) => doc.groundCodes.length > 0)) {
    fields.push({
      path: '/groundCodes',
      th: 'การปฏิเสธต้องระบุเหตุตามกฎหมายอย่างน้อยหนึ่งข้อ (มาตรา 14 หรือมาตรา 15)',
      en: 'A refusal needs at least one legal ground (section 14 or section 15).',
    });
  }
  if (input.outcome === 'answered_full') {
    documents.forEach((doc, index) => {
      if (doc.disclosure === 'withheld') {
        fields.push({
          path: `/documents/${index}/disclosure`,
          th: 'คำตอบที่เปิดเผยครบถ้วนต้องไม่มีเอกสารที่ไม่เปิดเผย โปรดเลือก "เปิดเผยบางส่วน" เป็นผลการตอบแทน',
          en: 'An answer in full withholds no document. Choose "answered in part" as the outcome instead.',
        });
      }
    });
  }
  if (input.outcome === 'not_held' && documents.length > 0) {
    fields.push({
      path: '/documents',
      th: 'เมื่อหน่วยงานไม่มีข้อมูลนี้ ไม่ต้องแนบเอกสาร',
      en: 'When the information is not held, attach no documents.',
    });
  }
  if ((input.outcome === 'answered_full' || input.outcome === 'answered_part') && !documents.some((doc) => doc.attachmentId)) {
    fields.push({
      path: '/documents',
      th: 'โปรดแนบเอกสารที่เปิดเผยอย่างน้อยหนึ่งฉบับ',
      en: 'Attach at least one disclosed document.',
    });
  }
  if (documents.length > infoAnswerLimits.documentsMax) {
    fields.push({
      path: '/documents',
      th: `แนบเอกสารได้ไม่เกิน ${infoAnswerLimits.documentsMax} ฉบับ`,
      en: `At most ${infoAnswerLimits.documentsMax} documents.`,
    });
  }
  const files = documents.map((doc) => doc.attachmentId).filter((id): id is string => id !== null);
  if (new Set(files).size !== files.length) {
    fields.push({ path: '/documents', th: 'ใช้ไฟล์เดียวกันซ้ำกับเอกสารหลายฉบับไม่ได้', en: 'Each file belongs to one document only.' });
  }
  if (fields.length > 0) throw new AppError('validation_failed', { fields });
  return { outcome: input.outcome, message, groundCodes, feeBaht, feeNote, documents };
}

function checkDocument(doc: AnswerDocumentInput, index: number, activeGrounds: ReadonlySet<string>, fields: FieldProblem[]) {
  const at = `/documents/${index}`;
  const title = clean(doc.title);
  if (!title) fields.push({ path: `${at}/title`, th: 'โปรดตั้งชื่อเอกสาร', en: 'Give the document a title.' });
  const groundCodes = unique(doc.groundCodes);
  checkGrounds(groundCodes, activeGrounds, `${at}/groundCodes`, fields);
  const attachmentId = doc.attachmentId ?? null;
  if (doc.disclosure !== 'disclosed' && groundCodes.length === 0) {
    fields.push({
      path: `${at}/groundCodes`,
      th: 'เอกสารที่ไม่เปิดเผยหรือเปิดเผยบางส่วนต้องระบุเหตุตามกฎหมายอย่างน้อยหนึ่งข้อ',
      en: 'A withheld or partly disclosed document needs at least one legal ground.',
    });
  }
  if (doc.disclosure === 'withheld' && attachmentId) {
    fields.push({
      path: `${at}/attachmentId`,
      th: 'เอกสารที่ไม่เปิดเผยต้องไม่แนบไฟล์',
      en: 'A withheld document has no file: remove it, or choose another disclosure.',
    });
  }
  if (doc.disclosure !== 'withheld' && !attachmentId) {
    fields.push({
      path: `${at}/attachmentId`,
      th: doc.disclosure === 'partly_disclosed' ? 'โปรดแนบสำเนาที่ปกปิดข้อความแล้ว' : 'โปรดแนบไฟล์เอกสาร',
      en: doc.disclosure === 'partly_disclosed' ? 'Attach the redacted copy.' : 'Attach the document file.',
    });
  }
  return { title, disclosure: doc.disclosure, groundCodes, attachmentId };
}

function checkGrounds(codes: string[], active: ReadonlySet<string>, path: string, fields: FieldProblem[]): void {
  for (const code of codes) {
    if (!active.has(code)) {
      fields.push({
        path,
        th: `ไม่มีเหตุตามกฎหมายรหัส "${code}" ที่ใช้ได้ โปรดเลือกจากรายการ`,
        en: `There is no active legal ground "${code}". Choose one from the list.`,
      });
    }
  }
}

/** Every ground the answer relies on, the answer's own and its documents', for the message and statistics. */
export function groundsUsed(answer: Pick<CheckedAnswer, 'groundCodes' | 'documents'>): string[] {
  return [...new Set([...answer.groundCodes, ...answer.documents.flatMap((doc) => doc.groundCodes)])];
}

/** Whether an answer refuses something, so that the requester may appeal (section 18). */
export function refusesSomething(answer: { outcome: InfoRequestOutcome; documents: { disclosure: DocumentDisclosure }[] }): boolean {
  return (
    answer.outcome === 'refused' || answer.outcome === 'answered_part' || answer.documents.some((doc) => doc.disclosure !== 'disclosed')
  );
}
