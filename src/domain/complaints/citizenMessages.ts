/**
 * What Tidtam tells a citizen about their complaint, in plain Thai first and
 * English second. No staff names and no internal notes: only what the public
 * tracking page shows too.
 */
export interface CitizenMessage {
  subject: string;
  body: string;
}

/**
 * `reported_fixed` is the handling office's word that the work is done, before the complaint's owner
 * (the 1111 centre, or whoever sent it) has checked and accepted it; only then is it `resolved`. The
 * citizen is never told a problem is fixed on the office's word alone (issue 13, finding 2).
 */
export type CitizenStatus =
  'received' | 'acknowledged' | 'in_progress' | 'waiting_for_citizen' | 'reported_fixed' | 'resolved' | 'reopened' | 'merged' | 'closed';

export const citizenStatusNames: Record<CitizenStatus, { th: string; en: string }> = {
  received: { th: 'ได้รับเรื่องแล้ว', en: 'Received' },
  acknowledged: { th: 'หน่วยงานรับเรื่องแล้ว', en: 'Accepted by the office' },
  in_progress: { th: 'กำลังดำเนินการ', en: 'Being worked on' },
  waiting_for_citizen: { th: 'รอข้อมูลเพิ่มเติมจากผู้ร้อง', en: 'Waiting for more information from you' },
  reported_fixed: { th: 'หน่วยงานแจ้งว่าแก้ไขแล้ว รอการตรวจรับ', en: 'The office reports it fixed; being checked' },
  resolved: { th: 'แก้ไขเสร็จแล้ว', en: 'Resolved' },
  reopened: { th: 'เปิดเรื่องอีกครั้ง', en: 'Reopened' },
  merged: { th: 'รวมกับเรื่องเดียวกันที่มีผู้แจ้งไว้แล้ว', en: 'Joined with the same problem reported earlier' },
  closed: { th: 'ปิดเรื่องแล้ว', en: 'Closed' },
};

export function receiptMessage(input: { trackingCode: string; unitNameTh: string; unitNameEn: string | null }): CitizenMessage {
  return {
    subject: `ได้รับเรื่องร้องเรียนของท่านแล้ว รหัสติดตาม ${input.trackingCode} / Complaint received`,
    body: [
      `ได้รับเรื่องร้องเรียนของท่านแล้ว รหัสติดตามเรื่องคือ ${input.trackingCode}`,
      `เรื่องถูกส่งไปยัง ${input.unitNameTh} ท่านติดตามความคืบหน้าได้ด้วยรหัสนี้ที่หน้า "ติดตามเรื่อง"`,
      '',
      `We have received your complaint. Your tracking code is ${input.trackingCode}.`,
      `It has been sent to ${input.unitNameEn ?? input.unitNameTh}. Use this code on the "Track a complaint" page to follow it.`,
    ].join('\n'),
  };
}

/**
 * The one message for every change the citizen hears of, on every channel (e-mail, LINE, SMS).
 * `note` is the system's own explanation; `reply` is what the office wrote to the citizen (a public
 * reply, already masked by the caller), quoted once, in the words the office used.
 */
export function statusChangedMessage(input: {
  trackingCode: string;
  status: CitizenStatus;
  note?: string | null;
  reply?: string | null;
}): CitizenMessage {
  const name = citizenStatusNames[input.status];
  return {
    subject: `เรื่อง ${input.trackingCode}: ${name.th} / ${name.en}`,
    body: [
      `เรื่องร้องเรียนรหัส ${input.trackingCode} มีความคืบหน้า: ${name.th}`,
      ...(input.note ? [input.note] : []),
      '',
      `Your complaint ${input.trackingCode} has an update: ${name.en}.`,
      ...(input.reply ? ['', `ข้อความจากหน่วยงาน / Message from the office: ${input.reply}`] : []),
    ].join('\n'),
  };
}
