/**
 * Requests for official information (Official Information Act B.E. 2540): the words the server,
 * the browser and the portal share. The states follow what people learned from Alaveteli-based
 * sites (WhatDoTheyKnow and its sisters): a requester and the public read where a request stands
 * without knowing the procedure.
 */

/** How the request came in: the public form, or an operator entering a call, a letter or a visit. */
export const infoRequestChannels = ['web', 'hotline', 'mail', 'walk_in'] as const;
export type InfoRequestChannel = (typeof infoRequestChannels)[number];

/** The form in which the requester wants the information (inspect it, a copy, a certified copy). */
export const infoRequestForms = ['inspect', 'copy', 'certified_copy'] as const;
export type InfoRequestForm = (typeof infoRequestForms)[number];

/** What the handling has reached, as stored. */
export const infoRequestStates = [
  'awaiting_response',
  'clarification_needed',
  'transferred',
  'not_held',
  'answered_full',
  'answered_part',
  'refused',
  'withdrawn',
] as const;
export type InfoRequestState = (typeof infoRequestStates)[number];

/** What people read: a stored state, or overdue / long overdue while awaiting past the agency's deadlines. */
export const infoRequestDisplayStates = [...infoRequestStates, 'overdue', 'long_overdue'] as const;
export type InfoRequestDisplayState = (typeof infoRequestDisplayStates)[number];

/** States in which the agency still owes an answer (the clock runs, except while clarification is needed). */
export const pendingInfoRequestStates: readonly InfoRequestState[] = ['awaiting_response', 'clarification_needed', 'transferred'];

/** The agency's decision in an answer. */
export const infoRequestOutcomes = ['answered_full', 'answered_part', 'refused', 'not_held'] as const;
export type InfoRequestOutcome = (typeof infoRequestOutcomes)[number];

/** One document of an answer. */
export const documentDisclosures = ['disclosed', 'partly_disclosed', 'withheld'] as const;
export type DocumentDisclosure = (typeof documentDisclosures)[number];

export const documentReviewStatuses = ['pending', 'approved', 'rejected'] as const;
export type DocumentReviewStatus = (typeof documentReviewStatuses)[number];

/**
 * The two ways to object, kept apart: an appeal against a refusal to the Information Disclosure
 * Tribunal (section 18), and a complaint to the Official Information Commission about delay or no
 * answer (section 13). Each runs its own clock.
 */
export const objectionKinds = ['appeal', 'oic_complaint'] as const;
export type ObjectionKind = (typeof objectionKinds)[number];

export const objectionStatuses = ['open', 'decided', 'withdrawn'] as const;
export type ObjectionStatus = (typeof objectionStatuses)[number];

/** Where a redaction rule applies. */
export const redactionScopes = ['site', 'agency', 'requester', 'request'] as const;
export type RedactionScope = (typeof redactionScopes)[number];

type Words = { th: string; en: string };

export const infoRequestStateNames: Record<InfoRequestDisplayState, Words> = {
  awaiting_response: { th: 'รอหน่วยงานตอบ', en: 'Awaiting response' },
  overdue: { th: 'เกินกำหนดตอบ', en: 'Overdue' },
  long_overdue: { th: 'เกินกำหนดตอบนานแล้ว', en: 'Long overdue' },
  clarification_needed: { th: 'หน่วยงานขอคำอธิบายเพิ่มเติม', en: 'Clarification needed' },
  transferred: { th: 'ส่งต่อไปยังหน่วยงานอื่น', en: 'Transferred' },
  not_held: { th: 'หน่วยงานไม่มีข้อมูลนี้', en: 'Information not held' },
  answered_full: { th: 'ได้รับข้อมูลครบถ้วน', en: 'Answered in full' },
  answered_part: { th: 'ได้รับข้อมูลบางส่วน', en: 'Answered in part' },
  refused: { th: 'ปฏิเสธการเปิดเผย', en: 'Refused' },
  withdrawn: { th: 'ผู้ขอถอนคำขอแล้ว', en: 'Withdrawn' },
};

export const infoRequestFormNames: Record<InfoRequestForm, Words> = {
  inspect: { th: 'ขอตรวจดู', en: 'Inspect' },
  copy: { th: 'ขอสำเนา', en: 'A copy' },
  certified_copy: { th: 'ขอสำเนาที่มีคำรับรองถูกต้อง', en: 'A certified copy' },
};

export const objectionKindNames: Record<ObjectionKind, Words> = {
  appeal: { th: 'อุทธรณ์ต่อคณะกรรมการวินิจฉัยการเปิดเผยข้อมูลข่าวสาร (มาตรา 18)', en: 'Appeal to the Information Disclosure Tribunal (section 18)' },
  oic_complaint: {
    th: 'ร้องเรียนต่อคณะกรรมการข้อมูลข่าวสารของราชการ (มาตรา 13)',
    en: 'Complaint to the Official Information Commission (section 13)',
  },
};

export const documentDisclosureNames: Record<DocumentDisclosure, Words> = {
  disclosed: { th: 'เปิดเผย', en: 'Disclosed' },
  partly_disclosed: { th: 'เปิดเผยบางส่วน (ปกปิดบางข้อความ)', en: 'Partly disclosed (redacted)' },
  withheld: { th: 'ไม่เปิดเผย', en: 'Withheld' },
};

/** Limits shared by the forms and the API schemas. */
export const infoRequestLimits = {
  titleMax: 200,
  bodyMax: 5000,
  reasonMax: 2000,
  nameMax: 200,
  addressMax: 500,
} as const;
