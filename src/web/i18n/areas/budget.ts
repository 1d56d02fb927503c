/**
 * The budget's words (seed 003: tell people how the budget is spent), Thai
 * first; the English object has the Thai one's type, so a string missing in
 * one language is a type error. Fiscal years are Buddhist-era (ปีงบประมาณ 2570).
 */
export const budgetTh = {
  title: 'งบประมาณ',
  lead: 'งบประมาณที่ได้รับจัดสรร ก่อหนี้ผูกพัน และเบิกจ่ายแล้ว แยกตามจังหวัดและหน่วยงาน เทียบกับผลที่ได้',
  none: 'ยังไม่มีข้อมูลงบประมาณของเรื่องนี้',
  import: 'นำเข้างบประมาณจากไฟล์ CSV หรือ XLSX',
  fiscalYear: (year: number) => `ปีงบประมาณ ${year}`,
  allocated: 'งบจัดสรร',
  committed: 'ก่อหนี้ผูกพัน',
  disbursed: 'เบิกจ่าย',
  rate: 'อัตราการเบิกจ่าย',
  place: 'จังหวัด / หน่วยงาน',
  total: 'รวม',
  baht: (amount: string) => `${amount} บาท`,
  source: (file: string, when: string, who: string | null) => `นำเข้าจากไฟล์ ${file} เมื่อ ${when}${who ? ` โดย ${who}` : ''}`,
  costTitle: 'ค่าใช้จ่ายต่อคนที่ได้รับประโยชน์',
  costRule:
    'คิดจากยอดเบิกจ่ายของปีงบประมาณ หารด้วยจำนวนคนตามตัวชี้วัดที่นับเป็น "คน" (ผลรวมระดับประเทศของเดือนล่าสุดที่รายงานในปีงบประมาณนั้น)',
  costLine: (indicator: string, people: string, month: string, cost: string) =>
    `${indicator}: ${people} คน (${month}) · ${cost} บาทต่อคน`,
  noCost: 'ยังไม่มีตัวชี้วัดที่นับจำนวนคนซึ่งรายงานในปีงบประมาณนี้',
  tableCaption: (year: number) => `งบประมาณรายจังหวัดและหน่วยงาน ปีงบประมาณ ${year}`,
  page: {
    title: 'นำเข้างบประมาณ',
    lead: 'ไฟล์หนึ่งไฟล์คืองบประมาณทั้งหมดของเรื่องนี้ในปีงบประมาณหนึ่ง การนำเข้าจะแทนที่ข้อมูลเดิมของปีนั้นทั้งหมด หากมีแถวใดผิด ระบบจะไม่บันทึกทั้งไฟล์และแจ้งเลขแถวที่ผิด',
    year: 'ปีงบประมาณ (พ.ศ.)',
    yearHint: 'เช่น 2570 คือ 1 ตุลาคม 2569 ถึง 30 กันยายน 2570',
    yearInvalid: 'โปรดกรอกปีงบประมาณเป็นปีพุทธศักราช 4 หลัก เช่น 2570',
    step1: '1. ดาวน์โหลดแบบฟอร์ม',
    step2: '2. กรอกจำนวนเงินเป็นบาท แล้วนำเข้าไฟล์',
    columns: 'ใส่รหัสจังหวัดหรือรหัสหน่วยงาน งบจัดสรร ก่อหนี้ผูกพัน และเบิกจ่าย (ไม่ติดลบ ทศนิยมไม่เกิน 2 ตำแหน่ง และไม่เกินงบจัดสรร) หัวตารางเป็นภาษาไทยหรืออังกฤษก็ได้',
    csv: 'แบบฟอร์ม CSV',
    xlsx: 'แบบฟอร์ม Excel (XLSX)',
    file: 'ไฟล์งบประมาณ',
    fileMissing: 'โปรดเลือกไฟล์ CSV หรือ XLSX',
    submit: 'นำเข้างบประมาณ',
    done: (lines: number, year: number) => `นำเข้างบประมาณปี ${year} แล้ว ${lines} รายการ`,
  },
  event: (year: number, lines: number) => `นำเข้างบประมาณปีงบประมาณ ${year} จำนวน ${lines} รายการ`,
};

export const budgetEn: typeof budgetTh = {
  title: 'Budget',
  lead: 'Money allocated, committed and disbursed, by province and unit, beside the results.',
  none: 'No budget has been imported for this case yet.',
  import: 'Import the budget from a CSV or XLSX file',
  fiscalYear: (year) => `Fiscal year ${year} BE`,
  allocated: 'Allocated',
  committed: 'Committed',
  disbursed: 'Disbursed',
  rate: 'Disbursement rate',
  place: 'Province / unit',
  total: 'Total',
  baht: (amount) => `${amount} baht`,
  source: (file, when, who) => `Imported from ${file} on ${when}${who ? ` by ${who}` : ''}`,
  costTitle: 'Cost per person helped',
  costRule:
    "The fiscal year's disbursement divided by the people counted by an indicator measured in people (the national total of the latest month reported in that fiscal year).",
  costLine: (indicator, people, month, cost) => `${indicator}: ${people} people (${month}) · ${cost} baht per person`,
  noCost: 'No indicator counting people has been reported in this fiscal year.',
  tableCaption: (year) => `Budget by province and unit, fiscal year ${year} BE`,
  page: {
    title: 'Import the budget',
    lead: "One file is the whole budget of this case for one fiscal year: importing it replaces that year's figures. If any row is wrong, nothing is saved and the row is named.",
    year: 'Fiscal year (Buddhist era)',
    yearHint: 'For example 2570: 1 October 2026 to 30 September 2027',
    yearInvalid: 'Enter the fiscal year as a four-digit Buddhist-era year, such as 2570.',
    step1: '1. Download the template',
    step2: '2. Fill in the amounts in baht, then import the file',
    columns:
      'Give a province code or a unit code, and the amounts allocated, committed and disbursed (not negative, at most 2 decimals, not more than allocated). Headers may be Thai or English.',
    csv: 'CSV template',
    xlsx: 'Excel (XLSX) template',
    file: 'Budget file',
    fileMissing: 'Choose a CSV or XLSX file.',
    submit: 'Import the budget',
    done: (lines, year) => `Imported ${lines} budget lines for fiscal year ${year} BE.`,
  },
  event: (year, lines) => `Imported the budget for fiscal year ${year} BE: ${lines} lines`,
};
