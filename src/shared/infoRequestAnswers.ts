/**
 * Answers to information requests and the two ways to object: the words and lists the server, the
 * browser and the portal share (issue #16, answers slice).
 */
import type { ObjectionKind } from './infoRequests.ts';

export const infoAnswerLimits = {
  messageMax: 5000,
  feeNoteMax: 500,
  feeMax: 1_000_000,
  documentsMax: 50,
  documentTitleMax: 300,
  groundCodesMax: 10,
  objectionReasonMax: 2000,
  decisionNoteMax: 2000,
} as const;

/** What the Information Disclosure Tribunal decides on an appeal (section 18). */
export const appealDecisions = ['upheld', 'overturned', 'partly_overturned'] as const;
/** What the Commission decides on a complaint (section 13); `extended` only moves the clock, once. */
export const complaintDecisions = ['agency_ordered_to_answer', 'no_fault', 'extended'] as const;
export const objectionDecisions = [...appealDecisions, ...complaintDecisions] as const;
export type ObjectionDecision = (typeof objectionDecisions)[number];

export const decisionsFor: Record<ObjectionKind, readonly ObjectionDecision[]> = {
  appeal: appealDecisions,
  oic_complaint: complaintDecisions,
};

type Words = { th: string; en: string };

export const objectionDecisionNames: Record<ObjectionDecision, Words> = {
  upheld: { th: 'ยืนตามคำสั่งของหน่วยงาน (ไม่เปิดเผย)', en: "The agency's refusal is upheld" },
  overturned: { th: 'ให้หน่วยงานเปิดเผยข้อมูล', en: 'Overturned: the agency must disclose' },
  partly_overturned: { th: 'ให้หน่วยงานเปิดเผยข้อมูลบางส่วน', en: 'Partly overturned: the agency must disclose part' },
  agency_ordered_to_answer: { th: 'สั่งให้หน่วยงานดำเนินการตอบคำขอ', en: 'The agency is told to answer' },
  no_fault: { th: 'หน่วยงานไม่ได้ทำผิด', en: 'The agency was not at fault' },
  extended: { th: 'ขยายเวลาพิจารณา', en: 'Time to consider extended' },
};

/** Why a way to object is not open now: the words a requester reads, Thai first. */
export const objectionClosedReasons = {
  not_refused: {
    th: 'อุทธรณ์ได้เมื่อหน่วยงานปฏิเสธการเปิดเผยข้อมูลทั้งหมดหรือบางส่วน',
    en: 'An appeal is possible when the agency refuses to disclose all or part of the information.',
  },
  deadline_passed: {
    th: 'พ้นกำหนด 15 วันสำหรับการอุทธรณ์แล้ว ท่านยังยื่นคำขอใหม่ได้ หรือร้องเรียนต่อคณะกรรมการข้อมูลข่าวสารของราชการหากหน่วยงานไม่ปฏิบัติตามกฎหมาย',
    en: 'The 15 days to appeal have passed. You can still make a new request, or complain to the Official Information Commission if the agency did not follow the law.',
  },
  not_yet_due: {
    th: 'หน่วยงานยังอยู่ในกำหนดเวลาตอบ ร้องเรียนเรื่องความล่าช้าได้เมื่อพ้นกำหนดแล้ว',
    en: 'The agency still has time to answer. You can complain about delay once the due date has passed.',
  },
  awaiting_clarification: {
    th: 'หน่วยงานรอคำอธิบายเพิ่มเติมจากท่าน เวลาตอบจึงหยุดนับไว้',
    en: 'The agency is waiting for your clarification, so its clock is stopped.',
  },
  already_open: {
    th: 'มีเรื่องประเภทนี้ที่ยังพิจารณาอยู่แล้ว',
    en: 'One of these is already being considered.',
  },
  withdrawn: { th: 'คำขอนี้ถอนแล้ว', en: 'This request was withdrawn.' },
} as const satisfies Record<string, Words>;
export type ObjectionClosedReason = keyof typeof objectionClosedReasons;
