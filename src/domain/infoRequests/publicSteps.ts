import { infoRequestStateNames, objectionKindNames, type ObjectionKind } from '../../shared/infoRequests.ts';

type Words = { th: string; en: string };
const name = (value: unknown): Words | null => {
  if (!value || typeof value !== 'object') return null;
  const v = value as { th?: unknown; en?: unknown };
  return typeof v.th === 'string' ? { th: v.th, en: typeof v.en === 'string' && v.en ? v.en : v.th } : null;
};

/**
 * One line of the requester's timeline in plain words, from a case event: never a staff name, never
 * the requester's contact. `message` is the words the requester should read with it (a reason, a
 * question), masked by the caller.
 */
export function publicStepText(type: string, data: Record<string, unknown>): { text: Words; message: string | null } {
  switch (type) {
    case 'created':
      return { text: { th: 'ได้รับคำขอแล้ว', en: 'Request received' }, message: null };
    case 'acknowledged':
      return { text: { th: 'หน่วยงานรับคำขอแล้ว', en: 'The agency has taken up the request' }, message: null };
    case 'info_request_transferred': {
      const to = name(data.to);
      return {
        text: to ? { th: `ส่งต่อไปยัง ${to.th} (มาตรา 12)`, en: `Transferred to ${to.en} (section 12)` } : infoRequestStateNames.transferred,
        message: typeof data.reason === 'string' ? data.reason : null,
      };
    }
    case 'clarification_requested':
      return {
        text: { th: 'หน่วยงานขอคำอธิบายเพิ่มเติม', en: 'The agency asked for clarification' },
        message: typeof data.question === 'string' ? data.question : null,
      };
    case 'clarification_answered':
      return {
        text: { th: 'ผู้ขอตอบคำถามแล้ว', en: 'The requester answered' },
        message: typeof data.answer === 'string' ? data.answer : null,
      };
    case 'info_request_withdrawn':
      return { text: infoRequestStateNames.withdrawn, message: null };
    case 'info_request_answered':
      return { text: { th: 'หน่วยงานตอบคำขอแล้ว', en: 'The agency answered' }, message: null };
    case 'info_request_objection_filed':
      return { text: objectionWords(data.kind, { th: 'ยื่นแล้ว:', en: 'Filed:' }), message: null };
    case 'info_request_objection_extended':
      return {
        text: {
          th: 'คณะกรรมการขยายเวลาพิจารณาเรื่องร้องเรียน (มาตรา 13)',
          en: 'The Commission extended the time to consider the complaint (section 13)',
        },
        message: null,
      };
    case 'info_request_objection_decided':
      return { text: objectionWords(data.kind, { th: 'พิจารณาแล้ว:', en: 'Decided:' }), message: null };
    case 'info_request_objection_withdrawn':
      return { text: objectionWords(data.kind, { th: 'ถอนแล้ว:', en: 'Withdrawn:' }), message: null };
    case 'info_request_reopened':
      return { text: { th: 'ส่งกลับให้หน่วยงานตอบใหม่', en: 'Sent back to the agency for a new answer' }, message: null };
    case 'info_request_published':
      return {
        text: { th: 'เผยแพร่คำขอและคำตอบบนเว็บไซต์แล้ว (ไม่มีชื่อผู้ขอ)', en: 'Published on the website (without your name)' },
        message: null,
      };
    case 'info_request_unpublished':
      return { text: { th: 'ถอนการเผยแพร่แล้ว', en: 'No longer published' }, message: null };
    default:
      return { text: { th: 'ความคืบหน้า', en: 'Progress' }, message: null };
  }
}

function objectionWords(kind: unknown, prefix: Words): Words {
  const names = typeof kind === 'string' && kind in objectionKindNames ? objectionKindNames[kind as ObjectionKind] : null;
  return names ? { th: `${prefix.th} ${names.th}`, en: `${prefix.en} ${names.en}` } : { th: prefix.th, en: prefix.en };
}
