import type { UnitKind } from '../../../shared/unitKinds.ts';

const thCount = (n: number) => n.toLocaleString('th-TH');
const enCount = (n: number) => n.toLocaleString('en-GB');

/** Thai nouns for units, counted with แห่ง: "ศาลากลางจังหวัด 9 แห่ง". */
const unitNounsTh: Record<UnitKind, string> = {
  government: 'หน่วยงาน',
  ministry: 'กระทรวง',
  department: 'กรม',
  division: 'กอง',
  provincial_hall: 'ศาลากลางจังหวัด',
  district_office: 'ที่ว่าการอำเภอ',
  provincial_office: 'สำนักงานจังหวัด',
  service_point: 'จุดบริการ',
};
const unitNounsEn: Record<UnitKind, [string, string]> = {
  government: ['unit', 'units'],
  ministry: ['ministry', 'ministries'],
  department: ['department', 'departments'],
  division: ['division', 'divisions'],
  provincial_hall: ['provincial hall', 'provincial halls'],
  district_office: ['district office', 'district offices'],
  provincial_office: ['provincial office', 'provincial offices'],
  service_point: ['service point', 'service points'],
};

/**
 * The national picture, the zone pages and the grouped inbox lines, Thai first; the English
 * object has the Thai one's type, so a string missing in one language is a type error.
 */
export const pictureTh = {
  nav: { home: 'ภาพรวมประเทศ', picture: 'ภาพรวมการขับเคลื่อน', zones: 'เขตตรวจราชการ' },
  home: {
    title: 'ภาพรวมประเทศ',
    lead: 'ข้อสั่งการ นโยบาย และมติคณะรัฐมนตรีที่ยังดำเนินการอยู่ทั้งหมด ภาพรวมการรับทราบ สถานะ และหน่วยงานที่ขอความช่วยเหลือ',
    live: 'เรื่องที่ยังดำเนินการ',
    reach: 'หน่วยงานรับทราบแล้ว',
    red: 'สถานะแดง',
    help: 'ขอความช่วยเหลือ',
    overdue: 'หน่วยงานที่เกินกำหนด',
    indicators: 'ตัวชี้วัดที่ต่ำกว่าเป้าหมาย',
    indicatorsOf: (off: number, all: number) => `${thCount(off)} จาก ${thCount(all)} ตัว`,
    attention: 'เรื่องที่ต้องติดตามก่อน',
    complaints: {
      title: (year: number) => `เรื่องร้องเรียนปีงบประมาณ พ.ศ. ${year}`,
      received: 'รับเรื่อง',
      resolved: 'แก้ไขแล้ว',
      rate: 'อัตราการแก้ไข',
      overdue: 'เกินกำหนด',
      more: 'ดูสถิติเรื่องร้องเรียนรายจังหวัดและแผนที่',
    },
    where: 'ดูต่อ',
    links: {
      picture: 'ภาพรวมการขับเคลื่อนทุกเรื่อง แยกตามกระทรวงและเขตตรวจราชการ',
      statistics: 'สถิติเรื่องร้องเรียน',
      league: 'ตารางจัดอันดับจังหวัดและหน่วยงาน',
      zones: 'เขตตรวจราชการ 18 เขตและส่วนกลาง',
      inbox: 'งานของฉัน (งานที่รอหน่วยงานของคุณ)',
    },
  },
  picture: {
    title: 'ภาพรวมการขับเคลื่อน',
    lead: 'ทุกเรื่องที่ยังดำเนินการ เรื่องที่ขอความช่วยเหลือ สถานะแดง และเกินกำหนดแสดงก่อน',
    cases: 'รายเรื่อง',
    byMinistry: 'แยกตามกระทรวง',
    byMinistryHint: 'นับการมอบหมายของหน่วยงานในสังกัดแต่ละกระทรวง เรื่องหนึ่งนับในทุกกระทรวงที่ได้รับมอบหมาย',
    byZone: 'แยกตามเขตตรวจราชการ',
    byZoneHint: 'นับการมอบหมายของหน่วยงานในจังหวัดของแต่ละเขต',
    empty: 'ยังไม่มีเรื่องที่ส่งให้หน่วยงานดำเนินการ',
  },
  columns: {
    case: 'เรื่อง',
    ministry: 'กระทรวง',
    zone: 'เขตตรวจราชการ',
    province: 'จังหวัด',
    cases: 'จำนวนเรื่อง',
    reach: 'รับทราบ',
    rag: 'สถานะ',
    confidence: 'ความมั่นใจ',
    help: 'ขอความช่วยเหลือ',
    overdue: 'เกินกำหนด',
    indicators: 'ตัวชี้วัด',
    provinces: 'จังหวัด',
  },
  reachOf: (n: number, m: number) => `${thCount(n)} จาก ${thCount(m)} หน่วย`,
  indicatorStanding: (on: number, off: number) => `ตามเป้า ${thCount(on)} · ต่ำกว่าเป้า ${thCount(off)}`,
  zones: {
    title: 'เขตตรวจราชการ',
    lead: 'เขตตรวจราชการของสำนักนายกรัฐมนตรี 18 เขตและส่วนกลาง (กรุงเทพมหานคร) เลือกเขตเพื่อดูเรื่องร้องเรียนและข้อสั่งการของแต่ละจังหวัด',
    provinceCount: (n: number) => `${thCount(n)} จังหวัด`,
  },
  zone: {
    lead: 'จังหวัดในเขต เรื่องร้องเรียนในปีงบประมาณ และข้อสั่งการที่ส่งถึงหน่วยงานในจังหวัด',
    fiscalYear: (year: number) => `ปีงบประมาณ พ.ศ. ${year}`,
    complaints: 'เรื่องร้องเรียน',
    directives: 'ข้อสั่งการและนโยบาย',
    received: 'รับเรื่อง',
    resolved: 'แก้ไขแล้ว',
    rate: 'อัตราการแก้ไข',
    complaintsUnavailable: 'ยังแสดงสถิติเรื่องร้องเรียนไม่ได้ ข้อสั่งการแสดงตามปกติ',
    allZones: 'เขตตรวจราชการทั้งหมด',
    asOf: (when: string) => `ข้อมูล ณ ${when}`,
  },
  inbox: {
    notAcknowledged: (kind: UnitKind | null, n: number, ref: string) =>
      `${kind ? unitNounsTh[kind] : 'หน่วยงาน'} ${thCount(n)} แห่งยังไม่รับทราบ ${ref}`,
    notResolved: (kind: UnitKind | null, n: number, ref: string) =>
      `${kind ? unitNounsTh[kind] : 'หน่วยงาน'} ${thCount(n)} แห่งดำเนินการ ${ref} เกินกรอบเวลา`,
    help: (kind: UnitKind | null, n: number, ref: string) =>
      `${kind ? unitNounsTh[kind] : 'หน่วยงาน'} ${thCount(n)} แห่งขอความช่วยเหลือใน ${ref}`,
    acceptance: (kind: UnitKind | null, n: number, ref: string) =>
      `${kind ? unitNounsTh[kind] : 'หน่วยงาน'} ${thCount(n)} แห่งรายงานผล ${ref} แล้ว รอคุณตรวจรับ`,
    showUnits: (n: number) => `ดูหน่วยงานทั้ง ${thCount(n)} แห่ง`,
  },
};

const enUnits = (kind: UnitKind | null, n: number) => `${enCount(n)} ${(kind ? unitNounsEn[kind] : ['unit', 'units'])[n === 1 ? 0 : 1]}`;

export const pictureEn: typeof pictureTh = {
  nav: { home: 'National picture', picture: 'Delivery picture', zones: 'Inspection zones' },
  home: {
    title: 'National picture',
    lead: 'Every live directive, policy and cabinet resolution: how many units acknowledged, where delivery stands, and who asked for help.',
    live: 'Live cases',
    reach: 'Units acknowledged',
    red: 'Rated red',
    help: 'Asking for help',
    overdue: 'Units overdue',
    indicators: 'Indicators off track',
    indicatorsOf: (off, all) => `${enCount(off)} of ${enCount(all)}`,
    attention: 'Needing attention first',
    complaints: {
      title: (year: number) => `Complaints in fiscal year ${year} BE`,
      received: 'Received',
      resolved: 'Finished',
      rate: 'Resolution rate',
      overdue: 'Overdue',
      more: 'Complaint statistics by province, with the map',
    },
    where: 'Go to',
    links: {
      picture: 'The delivery picture of every case, by ministry and inspection zone',
      statistics: 'Complaint statistics',
      league: 'League table of provinces and units',
      zones: 'The 18 inspection zones and the central area',
      inbox: 'My work (what waits for your unit)',
    },
  },
  picture: {
    title: 'Delivery picture',
    lead: 'Every live case; those asking for help, rated red or overdue first.',
    cases: 'By case',
    byMinistry: 'By ministry',
    byMinistryHint: "Assignments of each ministry's units; a case counts under every ministry it was sent to.",
    byZone: 'By inspection zone',
    byZoneHint: "Assignments of units in each zone's provinces.",
    empty: 'No case has been sent to units yet.',
  },
  columns: {
    case: 'Case',
    ministry: 'Ministry',
    zone: 'Inspection zone',
    province: 'Province',
    cases: 'Cases',
    reach: 'Acknowledged',
    rag: 'RAG',
    confidence: 'Confidence',
    help: 'Help asked',
    overdue: 'Overdue',
    indicators: 'Indicators',
    provinces: 'Provinces',
  },
  reachOf: (n, m) => `${enCount(n)} of ${enCount(m)} units`,
  indicatorStanding: (on, off) => `on track ${enCount(on)} · off track ${enCount(off)}`,
  zones: {
    title: 'Inspection zones',
    lead: "The Office of the Prime Minister's 18 inspection zones and the central area (Bangkok). Choose a zone to see each province's complaints and directives.",
    provinceCount: (n) => `${enCount(n)} ${n === 1 ? 'province' : 'provinces'}`,
  },
  zone: {
    lead: "The zone's provinces: complaints in the fiscal year, and the directives sent to units in each province.",
    fiscalYear: (year) => `Fiscal year ${year} B.E.`,
    complaints: 'Complaints',
    directives: 'Directives and policies',
    received: 'Received',
    resolved: 'Resolved',
    rate: 'Resolution rate',
    complaintsUnavailable: 'Complaint statistics cannot be shown yet; directives are shown as usual.',
    allZones: 'All inspection zones',
    asOf: (when) => `As of ${when}`,
  },
  inbox: {
    notAcknowledged: (kind, n, ref) => `${enUnits(kind, n)} have not acknowledged ${ref}`,
    notResolved: (kind, n, ref) => `${enUnits(kind, n)} are past the service level on ${ref}`,
    help: (kind, n, ref) => `${enUnits(kind, n)} ask for help on ${ref}`,
    acceptance: (kind, n, ref) => `${enUnits(kind, n)} reported ${ref} done, waiting for your acceptance`,
    showUnits: (n) => `Show all ${enCount(n)} units`,
  },
};
