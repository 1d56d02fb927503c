/**
 * The words of passing work down (the cascade page's choice of units by kind and area, and its
 * review before sending) and of the unit search's paging, Thai first; the English object has the
 * Thai one's type, so a string missing in one language is a type error.
 */
export const cascadeTh = {
  sendTo: 'ส่งถึง',
  modeChildren: 'หน่วยงานที่ขึ้นตรงต่อหน่วยงานของคุณ เลือกทีละหน่วย',
  modeKind: 'ทุกหน่วยงานประเภทหนึ่งภายใต้หน่วยงานของคุณ ทุกพื้นที่หรือเฉพาะบางพื้นที่',
  modeKindHint: 'เช่น สำนักงานประจำจังหวัดทุกจังหวัด หรือเฉพาะในเขตตรวจราชการหนึ่ง',
  kind: 'ประเภทหน่วยงาน',
  chooseKind: 'เลือกประเภทหน่วยงาน',
  kindOption: (label: string, n: number) => `${label} (${n})`,
  area: 'พื้นที่',
  areaAll: 'ทุกพื้นที่',
  areaProvince: 'จังหวัดเดียว',
  areaZone: 'เขตตรวจราชการ',
  areaGroup: 'กลุ่มจังหวัด',
  province: 'จังหวัด',
  chooseProvince: 'เลือกจังหวัด',
  zone: 'เขตตรวจราชการ',
  chooseZone: 'เลือกเขตตรวจราชการ',
  group: 'กลุ่มจังหวัด',
  chooseGroup: 'เลือกกลุ่มจังหวัด',
  counting: 'กำลังนับหน่วยงานที่จะได้รับเรื่อง…',
  willReceive: (n: number) => `จะส่งถึง ${n} หน่วยงาน`,
  alreadyHolding: (n: number) => `อีก ${n} หน่วยงานได้รับเรื่องนี้แล้ว จะไม่ส่งซ้ำ`,
  noneReached: 'ไม่มีหน่วยงานประเภทนี้ในพื้นที่ที่เลือกภายใต้หน่วยงานของคุณ โปรดเลือกประเภทหรือพื้นที่อื่น',
  review: (n: number) => `ดูรายชื่อหน่วยงานทั้ง ${n} หน่วยงาน`,
  reviewRange: (from: number, to: number, total: number) => `หน่วยงานที่ ${from}–${to} จาก ${total}`,
  reviewPages: 'หน้ารายชื่อหน่วยงาน',
  previous: 'ก่อนหน้า',
  next: 'ถัดไป',
  holds: 'ได้รับเรื่องนี้แล้ว',
  shownOf: (shown: number, total: number) => `${shown} จาก ${total} หน่วยงาน`,
  showMore: (n: number) => `แสดงเพิ่มอีก ${n} หน่วยงาน`,
};
