/**
 * The words of what the citizen is told and what staff write to them (issue 13, findings 1 and 2):
 * the office's replies on /track, the public-reply field and page for staff. Thai first; the English
 * object has the Thai one's type, so a string missing in one language is a type error.
 */
export const citizenCloseTh = {
  repliesTitle: 'ข้อความจากหน่วยงาน',
  replyAt: (when: string) => `เมื่อ ${when}`,
  followUpUntil: (date: string) => `ท่านให้คะแนนและขอเปิดเรื่องอีกครั้งได้ถึง ${date} แม้เรื่องจะปิดแล้ว`,
  publicReplyLabel: 'ข้อความถึงผู้ร้องเรียน',
  publicReplyHint:
    'ผู้ร้องจะเห็นข้อความนี้ที่หน้าติดตามเรื่องและได้รับแจ้งทางช่องทางที่ให้ไว้ บอกสิ่งที่หน่วยงานทำไปแล้วด้วยภาษาที่เข้าใจง่าย อย่าใส่ชื่อหรือเบอร์โทรศัพท์ของบุคคล (ระบบจะปิดไว้) ส่วนสรุปผลการดำเนินงานด้านบนเห็นเฉพาะเจ้าหน้าที่',
  publicReplyTooShort: (min: number) => `เขียนข้อความถึงผู้ร้องเรียนอย่างน้อย ${min} ตัวอักษร หรือเว้นว่างไว้`,
  replyLink: 'เขียนข้อความถึงผู้ร้องเรียน',
  replyTitle: 'เขียนข้อความถึงผู้ร้องเรียน',
  replyLead: 'ข้อความนี้แยกจากบันทึกภายใน ผู้ร้องจะเห็นที่หน้าติดตามเรื่องและได้รับแจ้งทางช่องทางที่ให้ไว้ทันที เลขโทรศัพท์ เลขประจำตัวประชาชน อีเมล และชื่อบุคคลจะถูกปิดไว้',
  replyMessage: 'ข้อความ',
  replyMissing: 'เขียนข้อความถึงผู้ร้องเรียนก่อนส่ง',
  replyTooShort: (min: number) => `เขียนข้อความอย่างน้อย ${min} ตัวอักษร`,
  replyTooLong: (max: number) => `ข้อความยาวได้ไม่เกิน ${max} ตัวอักษร`,
  replySubmit: 'ส่งข้อความถึงผู้ร้องเรียน',
  replySent: 'ส่งข้อความถึงผู้ร้องเรียนแล้ว',
  replyEvent: 'ส่งข้อความถึงผู้ร้องเรียน',
};
