import { infoRequestAnswersTh } from './areas/infoRequestAnswers.ts';
import { searchSynonymsTh } from './areas/searchSynonyms.ts';
import { statisticsReportsTh } from './areas/statisticsReports.ts';
import { auditTh } from './areas/audit.ts';
import { dataRulesTh } from './areas/dataRules.ts';
import { openDataAdminTh } from './areas/openDataAdmin.ts';
import { citizenCloseTh } from './areas/citizenClose.ts';
import { cascadeTh } from './areas/cascade.ts';
import { adminPeopleTh } from './areas/adminPeople.ts';
import { leagueTh } from './areas/league.ts';
import { clustersTh } from './areas/clusters.ts';
import { budgetTh } from './areas/budget.ts';
import { pictureTh } from './areas/picture.ts';
import { channelsTh } from './areas/channels.ts';
import { complaintsTh } from './areas/complaints.ts';
import { intakeTh } from './areas/intake.ts';
import { deliveryTh } from './areas/delivery.ts';
import { deliveryWordsTh } from './areas/deliveryWords.ts';
import { reportsTh } from './areas/reports.ts';
import { statisticsTh } from './areas/statistics.ts';
/**
 * Every word the staff app shows, in Thai: polite, plain government register.
 * en.ts has the same keys (its type is this object's type), so a string
 * missing in one language is a type error, not a blank on screen.
 */
export const th = {
  serviceName: 'ติดตาม Tidtam',
  skipLink: 'ข้ามไปยังเนื้อหาหลัก',
  loading: 'กำลังโหลด…',
  notFoundTitle: 'ไม่พบหน้านี้',
  notFoundBody: 'ที่อยู่ที่พิมพ์อาจไม่ถูกต้อง หรือหน้านี้อาจถูกย้ายไปแล้ว',
  goHome: 'กลับไปหน้างานของฉัน',
  loadFailedTitle: 'แสดงข้อมูลไม่ได้',
  tryAgain: 'ลองอีกครั้ง',
  notAllowedTitle: 'ทำรายการนี้ไม่ได้',
  notAllowedBody: 'สถานะของงานอาจเปลี่ยนไปแล้ว หรือคุณไม่มีสิทธิ์ทำรายการนี้ ดูสถานะล่าสุดได้ที่หน้าเรื่อง',
  backToCase: 'กลับไปที่หน้าเรื่อง',
  cancel: 'ยกเลิก',
  optional: '(ไม่บังคับ)',
  errorSummaryTitle: 'มีข้อมูลที่ต้องแก้ไข',
  errorPrefix: 'ข้อผิดพลาด',
  successTitle: 'บันทึกแล้ว',

  header: {
    nav: 'เมนูหลัก',
    myWork: 'งานของฉัน',
    cases: 'เรื่องทั้งหมด',
    newCase: 'สร้างเรื่อง',
    infoRequests: 'คำขอข้อมูลข่าวสาร',
    signOut: 'ออกจากระบบ',
    signedInAs: 'ผู้ใช้งาน',
    switchLanguage: 'English',
    /** Read before the language's name, in that language: the button is for someone who reads it. */
    switchLanguagePrefix: 'Change the language to',
  },
  footer: {
    apiDocs: 'เอกสาร API สำหรับนักพัฒนา',
    openSource: 'ติดตาม (Tidtam) เป็นซอฟต์แวร์โอเพนซอร์สของภาครัฐ',
  },

  signIn: {
    title: 'เข้าสู่ระบบ',
    lead: 'สำหรับเจ้าหน้าที่ของหน่วยงานภาครัฐ',
    username: 'ชื่อผู้ใช้',
    password: 'รหัสผ่าน',
    submit: 'เข้าสู่ระบบ',
    usernameMissing: 'กรอกชื่อผู้ใช้',
    passwordMissing: 'กรอกรหัสผ่าน',
    expired: 'กรุณาเข้าสู่ระบบอีกครั้งเพื่อทำรายการต่อ',
  },

  inbox: {
    title: 'งานของฉัน',
    lead: (unit: string) => `งานที่รอ${unit}รับทราบ ดำเนินการ หรือตรวจรับ เรื่องที่เกินกำหนดแสดงก่อน`,
    empty: 'ไม่มีงานค้าง หน่วยงานของคุณดำเนินการครบทุกเรื่องแล้ว',
    count: (n: number) => `${n.toLocaleString('th-TH')} รายการ`,
    more: 'ยังมีงานอีก ดูทั้งหมดได้ที่หน้าเรื่องทั้งหมด',
    waitingFor: {
      acknowledgement: 'รอหน่วยงานของคุณรับทราบ',
      action: 'รอหน่วยงานของคุณดำเนินการ',
      acceptance: 'รายงานผลแล้ว รอคุณตรวจรับ',
    },
    acceptanceFrom: (unit: string) => `งานของ${unit} รอคุณตรวจรับ`,
    acknowledged: (title: string) => `รับทราบเรื่อง “${title}” แล้ว`,
  },

  cases: {
    title: 'เรื่องทั้งหมด',
    filters: 'ค้นหาและกรองเรื่อง',
    q: 'ค้นหา',
    qHint: 'คำในชื่อเรื่องหรือรายละเอียด',
    kind: 'ประเภทเรื่อง',
    status: 'สถานะ',
    province: 'จังหวัด',
    any: 'ทั้งหมด',
    overdue: 'เฉพาะเรื่องที่เกินกำหนด',
    apply: 'ค้นหา',
    clear: 'ล้างตัวกรอง',
    empty: 'ไม่พบเรื่องที่ตรงกับเงื่อนไข ลองเปลี่ยนคำค้นหรือล้างตัวกรอง',
    results: 'ผลการค้นหา',
    nextPage: 'หน้าถัดไป',
    firstPage: 'กลับไปหน้าแรก',
    owner: 'เจ้าของเรื่อง',
  },

  case: {
    ref: 'เลขที่เรื่อง',
    kind: 'ประเภท',
    status: 'สถานะ',
    priority: 'ความเร่งด่วน',
    owner: 'เจ้าของเรื่อง',
    due: 'กำหนดเสร็จ',
    created: 'วันที่สร้าง',
    noDue: 'ไม่ได้กำหนด',
    details: 'รายละเอียด',
    noBody: 'ไม่มีรายละเอียดเพิ่มเติม',
    actions: 'สิ่งที่คุณทำได้',
    yourWork: (unit: string) => `งานของ${unit}`,
    caseActions: 'จัดการเรื่องนี้',
    units: 'หน่วยงานที่ได้รับมอบหมาย',
    noUnits: 'ยังไม่ได้มอบหมายเรื่องนี้ให้หน่วยงานใด',
    acknowledgedCount: (n: number, m: number) => `รับทราบแล้ว ${n} จาก ${m} หน่วยงาน`,
    notAcknowledged: 'หน่วยงานที่ยังไม่รับทราบ',
    allAcknowledged: 'ทุกหน่วยงานรับทราบแล้ว',
    acknowledgedOn: (date: string) => `รับทราบเมื่อ ${date}`,
    notYetAcknowledged: 'ยังไม่รับทราบ',
    returnReason: 'เหตุผลที่ส่งคืน',
    timeline: 'ความเคลื่อนไหว',
    noEvents: 'ยังไม่มีความเคลื่อนไหว',
    earlierEvents: 'แสดงความเคลื่อนไหวก่อนหน้า',
    attachments: 'ไฟล์แนบ',
    noAttachments: 'ยังไม่มีไฟล์แนบ',
    by: 'โดย',
    done: {
      acknowledge: 'รับทราบแล้ว',
      accept: 'ตรวจรับงานแล้ว',
      cascade: (n: number) => `ส่งต่อให้ ${n} หน่วยงานแล้ว`,
      progress: 'บันทึกความคืบหน้าแล้ว',
      complete: 'แจ้งว่าดำเนินการเสร็จแล้ว',
      return: 'ส่งคืนเรื่องแล้ว',
      send_back: 'ส่งกลับให้ดำเนินการเพิ่มแล้ว',
      assign: (n: number) => `มอบหมายให้อีก ${n} หน่วยงานแล้ว`,
      close: 'ปิดเรื่องแล้ว',
      create: 'สร้างเรื่องแล้ว',
    },
  },

  actions: {
    acknowledge: 'รับทราบ',
    cascade: 'ส่งต่อให้หน่วยงานในสังกัด',
    progress: 'รายงานความคืบหน้า',
    complete: 'แจ้งว่าดำเนินการเสร็จแล้ว',
    return: 'ส่งคืนเรื่อง',
    accept: 'ตรวจรับงาน',
    send_back: 'ส่งกลับให้ดำเนินการเพิ่ม',
    assign: 'มอบหมายหน่วยงานเพิ่ม',
    close: 'ปิดเรื่อง',
  },

  forms: {
    dueDate: 'กำหนดเสร็จ',
    dueDateHint: 'เช่น 31 ธันวาคม 2569 (ปีพุทธศักราช)',
    day: 'วันที่',
    month: 'เดือน',
    year: 'ปี (พ.ศ.)',
    chooseMonth: 'เลือกเดือน',
    dateIncomplete: 'ใส่วัน เดือน และปีให้ครบ',
    dateInvalid: 'วันที่นี้ไม่มีอยู่จริง โปรดตรวจสอบอีกครั้ง',
    dateNotBuddhist: 'ใส่ปีเป็นพุทธศักราช เช่น 2569',
    role: 'บทบาทของหน่วยงาน',
    note: 'คำสั่งหรือข้อความถึงหน่วยงาน',
    tooLong: (max: number) => `ยาวเกิน ${max.toLocaleString('th-TH')} ตัวอักษร โปรดย่อให้สั้นลง`,
    tooShort: (min: number) => `ต้องมีอย่างน้อย ${min} ตัวอักษร`,
  },

  cascade: {
    title: 'ส่งต่อให้หน่วยงานในสังกัด',
    lead: 'เลือกหน่วยงานที่จะรับเรื่องนี้ไปดำเนินการต่อ แต่ละหน่วยงานจะเห็นเรื่องในหน้างานของตน',
    units: 'หน่วยงานในสังกัด',
    selectAll: 'เลือกทั้งหมด',
    selectNone: 'ไม่เลือกทั้งหมด',
    selected: (n: number) => `เลือกแล้ว ${n} หน่วยงาน`,
    noUnits: 'หน่วยงานของคุณไม่มีหน่วยงานในสังกัด',
    alreadyHolds: 'ได้รับเรื่องนี้แล้ว',
    loadMore: 'แสดงหน่วยงานเพิ่ม',
    chooseUnit: 'เลือกหน่วยงานอย่างน้อยหนึ่งหน่วย',
    submit: 'ส่งต่อ',
  },

  progress: {
    title: 'รายงานความคืบหน้า',
    note: 'ความคืบหน้า',
    noteHint: 'สิ่งที่ทำไปแล้ว ผลที่ได้ และสิ่งที่จะทำต่อ',
    noteMissing: 'เขียนความคืบหน้าก่อนส่ง',
    files: 'แนบไฟล์หลักฐาน',
    filesHint: (n: number, mb: number) => `รูปภาพ PDF เอกสาร Word/Excel หรือไฟล์ข้อความ ไม่เกิน ${n} ไฟล์ ไฟล์ละไม่เกิน ${mb} MB`,
    chooseFiles: 'เลือกไฟล์',
    noFiles: 'ยังไม่ได้เลือกไฟล์',
    tooManyFiles: (n: number) => `แนบได้ไม่เกิน ${n} ไฟล์`,
    fileTooLarge: (name: string, mb: number) => `ไฟล์ ${name} ใหญ่เกิน ${mb} MB`,
    fileFailed: (name: string) => `แนบไฟล์ ${name} ไม่สำเร็จ`,
    uploading: (done: number, total: number) => `กำลังส่งไฟล์ ${done} จาก ${total}`,
    submit: 'ส่งรายงาน',
  },

  note: {
    complete: {
      title: 'แจ้งว่าดำเนินการเสร็จแล้ว',
      lead: 'หน่วยงานที่มอบหมายงานจะตรวจรับ หรือส่งกลับให้ดำเนินการเพิ่ม',
      label: 'สรุปผลการดำเนินงาน',
      submit: 'แจ้งว่าเสร็จแล้ว',
    },
    return: {
      title: 'ส่งคืนเรื่อง',
      lead: 'ใช้เมื่อเรื่องนี้ไม่ใช่งานของหน่วยงานคุณ หน่วยงานที่ส่งมาจะเห็นเหตุผลนี้',
      label: 'เหตุผลที่ส่งคืน',
      submit: 'ส่งคืนเรื่อง',
    },
    send_back: {
      title: 'ส่งกลับให้ดำเนินการเพิ่ม',
      lead: 'หน่วยงานที่รายงานผลจะเห็นเหตุผลนี้และดำเนินการต่อ',
      label: 'สิ่งที่ต้องดำเนินการเพิ่ม',
      submit: 'ส่งกลับ',
    },
    close: {
      title: 'ปิดเรื่อง',
      lead: 'เมื่อปิดแล้ว หน่วยงานจะบันทึกหรือเปลี่ยนแปลงงานในเรื่องนี้ไม่ได้อีก',
      label: 'บันทึกการปิดเรื่อง',
      submit: 'ปิดเรื่อง',
    },
    missing: 'กรอกข้อความก่อนส่ง',
  },

  targets: {
    legend: 'หน่วยงานที่รับมอบหมาย',
    modeUnits: 'ค้นหาหน่วยงานทีละหน่วย',
    modeGroup: 'ทุกหน่วยงานประเภทเดียวกันในพื้นที่',
    modeLater: 'มอบหมายภายหลัง',
    found: (n: number) => `พบ ${n} หน่วยงาน`,
    search: 'ค้นหาหน่วยงาน',
    searchHint: 'ชื่อหน่วยงาน หรือรหัสหน่วยงาน เช่น PH-50',
    searchButton: 'ค้นหา',
    noMatches: 'ไม่พบหน่วยงานที่ตรงกับคำค้น',
    add: 'เพิ่ม',
    added: 'เลือกแล้ว',
    remove: 'นำออก',
    chosen: 'หน่วยงานที่เลือก',
    noneChosen: 'ยังไม่ได้เลือกหน่วยงาน',
    unitKind: 'ประเภทหน่วยงาน',
    grouping: 'พื้นที่',
    wholeCountry: 'ทั่วประเทศ',
    chooseUnit: 'เลือกหน่วยงานอย่างน้อยหนึ่งหน่วย',
    chooseKind: 'เลือกประเภทหน่วยงาน',
  },

  assign: {
    title: 'มอบหมายหน่วยงานเพิ่ม',
    lead: 'หน่วยงานที่เลือกจะเห็นเรื่องนี้ในหน้างานของตนและต้องรับทราบ',
    submit: 'มอบหมาย',
  },

  newCase: {
    title: 'สร้างเรื่องใหม่',
    kind: 'ประเภทเรื่อง',
    kindMissing: 'เลือกประเภทเรื่อง',
    caseTitle: 'ชื่อเรื่อง',
    titleMissing: 'กรอกชื่อเรื่อง',
    body: 'รายละเอียด',
    bodyHint: 'ข้อสั่งการหรือสิ่งที่ต้องการให้หน่วยงานดำเนินการ',
    priority: 'ความเร่งด่วน',
    caseDue: 'กำหนดเสร็จของเรื่อง',
    firstAssignment: 'มอบหมายครั้งแรก',
    firstAssignmentHint: 'เลือกหน่วยงานที่จะรับเรื่องนี้ หรือข้ามไปมอบหมายภายหลังก็ได้',
    assignmentDue: 'กำหนดให้หน่วยงานรายงาน',
    submit: 'สร้างเรื่อง',
  },

  caseKind: {
    directive: 'ข้อสั่งการ',
    policy: 'นโยบาย',
    cabinet_resolution: 'มติคณะรัฐมนตรี',
    parliamentary_question: 'กระทู้ถาม',
    draft_bill: 'ร่างพระราชบัญญัติ',
    complaint: 'เรื่องร้องเรียน',
    info_request: 'คำขอข้อมูลข่าวสาร',
  },
  caseStatus: {
    open: 'เรื่องใหม่',
    in_progress: 'อยู่ระหว่างดำเนินการ',
    completed: 'ดำเนินการเสร็จแล้ว',
    closed: 'ปิดเรื่องแล้ว',
  },
  assignmentStatus: {
    sent: 'รอรับทราบ',
    acknowledged: 'รับทราบแล้ว',
    in_progress: 'กำลังดำเนินการ',
    done: 'รายงานผลแล้ว',
    accepted: 'ตรวจรับแล้ว',
    returned: 'ส่งคืนแล้ว',
  },
  priority: {
    normal: 'ปกติ',
    high: 'ด่วน',
    urgent: 'ด่วนที่สุด',
  },
  role: {
    lead: 'หน่วยงานหลัก',
    support: 'หน่วยงานสนับสนุน',
    information: 'เพื่อทราบ',
  },
  unitKind: {
    government: 'รัฐบาล',
    ministry: 'กระทรวง',
    department: 'กรม',
    division: 'กองหรือสำนัก',
    provincial_hall: 'ศาลากลางจังหวัด',
    district_office: 'ที่ว่าการอำเภอ',
    provincial_office: 'สำนักงานประจำจังหวัด',
    service_point: 'จุดบริการ',
  },
  groupingKind: {
    inspection_zone: 'เขตตรวจราชการ',
    province_group: 'กลุ่มจังหวัด',
    region: 'ภาค',
  },
  overdue: 'เกินกำหนด',
  dueOn: (date: string) => `กำหนด ${date}`,

  events: {
    created: 'สร้างเรื่อง',
    assigned: (units: string) => `มอบหมายให้ ${units}`,
    cascaded: (units: string) => `ส่งต่อให้ ${units}`,
    acknowledged: (unit: string) => `${unit} รับทราบเรื่องแล้ว`,
    progress_reported: (unit: string) => `${unit} รายงานความคืบหน้า`,
    completed: (unit: string) => `${unit} แจ้งว่าดำเนินการเสร็จแล้ว`,
    returned: (unit: string) => `${unit} ส่งคืนเรื่อง`,
    accepted: (unit: string) => `ตรวจรับงานของ${unit}แล้ว`,
    sent_back: (unit: string) => `ส่งงานของ${unit}กลับให้ดำเนินการเพิ่ม`,
    status_changed: (from: string, to: string) => `สถานะเรื่องเปลี่ยนจาก “${from}” เป็น “${to}”`,
    closed: 'ปิดเรื่อง',
    other: 'มีการเปลี่ยนแปลงในเรื่องนี้',
    unitCount: (n: number) => `${n} หน่วยงาน`,
    moreUnits: (n: number) => `หน่วยงานอื่นอีก ${n} หน่วย`,
    reason: 'เหตุผล',
    note: 'ข้อความ',
    dueBy: (date: string) => `กำหนดรายงาน ${date}`,
  },
  files: {
    size: (kb: string) => `${kb} KB`,
  },
  delivery: deliveryTh,
  reports: reportsTh,
  deliveryWords: deliveryWordsTh,
  complaints: complaintsTh,
  intake: intakeTh,
  channels: channelsTh,
  audit: auditTh,
  dataRules: dataRulesTh,
  openDataAdmin: openDataAdminTh,
  citizenClose: citizenCloseTh,
  cascadeTargets: cascadeTh,
  adminPeople: adminPeopleTh,
  league: leagueTh,
  statistics: statisticsTh,
  statisticsReports: statisticsReportsTh,
  clusters: clustersTh,
  budget: budgetTh,
  picture: pictureTh,
  searchSynonyms: searchSynonymsTh,
  infoRequestAnswers: infoRequestAnswersTh,
};

export type Messages = typeof th;
