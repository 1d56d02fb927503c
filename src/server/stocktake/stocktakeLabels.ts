/** Words of the stocktake pack (PDF and XLSX), Thai first then English, as on every screen. */
export const ragLabel = { green: 'เขียว / Green', amber: 'เหลือง / Amber', red: 'แดง / Red' } as const;
export const confidenceLabel = {
  green: 'มั่นใจสูง / Green',
  amber_green: 'ค่อนข้างมั่นใจ / Amber-green',
  amber: 'ปานกลาง / Amber',
  amber_red: 'ค่อนข้างกังวล / Amber-red',
  red: 'กังวลมาก / Red',
} as const;

export const stocktakeWords = {
  title: 'ชุดข้อมูลทบทวนความก้าวหน้า (Stocktake)',
  printed: 'จัดทำเมื่อ / Prepared',
  reach: 'การรับทราบ / Reach',
  acknowledged: 'หน่วยงานรับทราบแล้ว / units acknowledged',
  rag: 'สถานะ RAG / RAG',
  confidence: 'ความมั่นใจในการส่งมอบ / Delivery confidence',
  stale: 'หน่วยงานที่ขาดรายงานตามรอบ / Units that missed a cycle',
  helpNeeded: 'หน่วยงานที่ขอความช่วยเหลือ / Units asking for help',
  indicators: 'ตัวชี้วัดผลลัพธ์ / Outcome indicators',
  noIndicators: 'ยังไม่มีตัวชี้วัด / No indicators yet',
  period: 'งวด / Period',
  planned: 'เป้าหมายตามแผน / Planned',
  actual: 'ผลจริง / Actual',
  history: 'ประวัติ RAG และความมั่นใจ / RAG and confidence history',
  noHistory: 'ยังไม่มีรายงานความก้าวหน้า / No progress reports yet',
  reports: 'จำนวนรายงาน / Reports',
  blockers: 'อุปสรรค / Blockers',
  noBlockers: 'ไม่มีอุปสรรคที่รายงาน / No blockers reported',
  decisions: 'ข้อตัดสินใจ / Decisions',
  noDecisions: 'ยังไม่มีข้อตัดสินใจ / No decisions yet',
  followUp: 'ข้อสั่งการติดตาม / Follow-up directive',
  unit: 'หน่วยงาน / Unit',
  value: 'ค่า / Value',
  target: 'ค่าเป้าหมาย / Target',
  baseline: 'ค่าฐาน / Baseline',
  none: '—',
} as const;
