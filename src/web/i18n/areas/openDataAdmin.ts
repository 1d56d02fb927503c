/**
 * The open-data administration page's words, Thai first; the English object has the Thai one's
 * type, so a string missing in one language is a type error.
 */
export const openDataAdminTh = {
  nav: 'ข้อมูลเปิด',
  title: 'ข้อมูลเปิด',
  lead: 'เลือกชุดข้อมูลที่เผยแพร่ให้ประชาชนดาวน์โหลดและให้ศูนย์กลางข้อมูลภาครัฐ (data.go.th) เก็บเกี่ยว และสัญญาอนุญาตที่ใช้กับทุกชุดข้อมูล ข้อมูลส่วนบุคคลของผู้ร้องไม่อยู่ในชุดข้อมูลใดเลย และช่องสถิติที่น้อยกว่า 5 เรื่องถูกปิดไว้',
  settingsTitle: 'ผู้เผยแพร่และสัญญาอนุญาต',
  licence: 'สัญญาอนุญาต',
  licenceHint: 'ใช้กับทุกชุดข้อมูล ค่าเริ่มต้นคือ CC BY 4.0 ซึ่งให้นำไปใช้ได้ทุกวัตถุประสงค์โดยอ้างอิงที่มา',
  publisherNameTh: 'ชื่อผู้เผยแพร่ (ภาษาไทย)',
  publisherNameEn: 'ชื่อผู้เผยแพร่ (ภาษาอังกฤษ)',
  contactName: 'ผู้ติดต่อเรื่องข้อมูล',
  contactEmail: 'อีเมลผู้ติดต่อ (แสดงต่อสาธารณะ)',
  save: 'บันทึก',
  saved: 'บันทึกผู้เผยแพร่และสัญญาอนุญาตแล้ว',
  datasetsTitle: 'ชุดข้อมูล',
  dataset: 'ชุดข้อมูล',
  state: 'สถานะ',
  rows: 'จำนวนแถว',
  modified: 'ข้อมูลเปลี่ยนล่าสุด',
  action: 'การดำเนินการ',
  published: 'เผยแพร่อยู่',
  notPublished: 'ไม่เผยแพร่',
  byDefault: '(ค่าเริ่มต้น)',
  notExported: 'ยังไม่ได้ส่งออก',
  publish: 'เผยแพร่',
  withdraw: 'ถอนการเผยแพร่',
  publishedNotice: (title: string) => `เผยแพร่ "${title}" แล้ว`,
  withdrawnNotice: (title: string) => `ถอน "${title}" จากการเผยแพร่แล้ว`,
  exportNote: 'ระบบส่งออกไฟล์ CSV, JSON และ XLSX พร้อมพจนานุกรมข้อมูลวันละครั้ง (หรือสั่งด้วย tidtam opendata export)',
};
