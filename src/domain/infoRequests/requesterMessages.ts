import type { CitizenMessage } from '../complaints/citizenMessages.ts';

/**
 * What Tidtam tells a requester about their request for information, Thai first and English second.
 * No staff names and no internal notes: only what the tracking page shows too.
 */
type Unit = { th: string; en: string | null };

const trackLine = (code: string) => [
  `ติดตามคำขอได้ด้วยรหัส ${code} ที่หน้า "ติดตามคำขอข้อมูลข่าวสาร" (/information-request/track)`,
  `Follow it with the code ${code} on the "Track an information request" page (/information-request/track).`,
];

export function requestReceivedMessage(input: { trackingCode: string; ref: string; agency: Unit }): CitizenMessage {
  return {
    subject: `ได้รับคำขอข้อมูลข่าวสารของท่านแล้ว ${input.ref} / Information request received`,
    body: [
      `ได้รับคำขอข้อมูลข่าวสารของท่านแล้ว เลขที่ ${input.ref} รหัสติดตามคือ ${input.trackingCode}`,
      `คำขอถูกส่งไปยัง ${input.agency.th}`,
      '',
      `We have received your request for information, ${input.ref}. Your tracking code is ${input.trackingCode}.`,
      `It has been sent to ${input.agency.en ?? input.agency.th}.`,
      '',
      ...trackLine(input.trackingCode),
    ].join('\n'),
  };
}

export function requestTransferredMessage(input: { trackingCode: string; to: Unit; reason: string }): CitizenMessage {
  return {
    subject: `คำขอข้อมูลข่าวสารของท่านถูกส่งต่อไปยัง ${input.to.th} / Your request was transferred`,
    body: [
      `หน่วยงานแจ้งว่าข้อมูลที่ท่านขอเป็นของ ${input.to.th} จึงส่งคำขอของท่านไปให้ (มาตรา 12) เหตุผล: ${input.reason}`,
      '',
      `The agency says the information you asked for is held by ${input.to.en ?? input.to.th} and has transferred your request (section 12). Reason: ${input.reason}`,
      '',
      ...trackLine(input.trackingCode),
    ].join('\n'),
  };
}

export function clarificationAskedMessage(input: { trackingCode: string; question: string }): CitizenMessage {
  return {
    subject: 'หน่วยงานขอคำอธิบายเพิ่มเติมเกี่ยวกับคำขอของท่าน / The agency asks you to clarify your request',
    body: [
      `หน่วยงานขอให้ท่านอธิบายเพิ่มเติม: ${input.question}`,
      'ระหว่างรอคำตอบของท่าน ระยะเวลาที่หน่วยงานต้องตอบจะหยุดนับ ตอบได้ที่หน้าติดตามคำขอ',
      '',
      `The agency asks you to clarify: ${input.question}`,
      'Until you answer, the time the agency has to reply stops. Answer on the tracking page.',
      '',
      ...trackLine(input.trackingCode),
    ].join('\n'),
  };
}

export function requestWithdrawnMessage(input: { trackingCode: string; ref: string }): CitizenMessage {
  return {
    subject: `ถอนคำขอข้อมูลข่าวสาร ${input.ref} แล้ว / Request withdrawn`,
    body: [
      `คำขอข้อมูลข่าวสารเลขที่ ${input.ref} (รหัส ${input.trackingCode}) ถูกถอนแล้ว หน่วยงานจะไม่ดำเนินการต่อ`,
      '',
      `Your request for information ${input.ref} (code ${input.trackingCode}) has been withdrawn. The agency will not act on it further.`,
    ].join('\n'),
  };
}
