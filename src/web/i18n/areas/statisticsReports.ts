/**
 * The reports page's words, Thai first; the English object has the Thai one's type, so a string
 * missing in one language is a type error.
 */
export const statisticsReportsTh = {
  nav: 'รายงาน',
  title: 'รายงาน',
  lead: 'ดาวน์โหลดรายงานสรุปผลเรื่องร้องเรียนประจำเดือนและรายงานผลการดำเนินงานประจำปีงบประมาณ เป็น PDF สำหรับอ่านและพิมพ์ หรือ Excel ที่มีตัวเลขชุดเดียวกัน ตัวเลขทุกตัวตรงกับแดชบอร์ด',
  monthly: {
    title: 'รายงานเรื่องร้องเรียนประจำเดือน',
    lead: 'รับเรื่อง แก้ไขแล้ว อัตราการแก้ไข เรื่องค้าง เกินกำหนด ระยะเวลา ความพึงพอใจ จำแนกตามประเภท ช่องทาง พื้นที่ และหน่วยงาน พร้อมแนวโน้มในปีงบประมาณ',
    month: 'เดือน',
    scope: 'พื้นที่',
    national: 'ทั้งประเทศ',
  },
  annual: {
    title: 'รายงานผลการดำเนินงานของรัฐบาลประจำปีงบประมาณ',
    lead: 'อัตราการแก้ไขเรื่องร้องเรียนของปีงบประมาณ รายจังหวัดทั้ง 77 จังหวัด เขตตรวจราชการ กระทรวง แนวโน้มรายเดือน และความคืบหน้าของข้อสั่งการและนโยบาย',
    fiscalYear: 'ปีงบประมาณ',
    fiscalYearOption: (year: number) => `พ.ศ. ${year}`,
    nationalOnly: 'รายงานประจำปีมีภาพรวมการขับเคลื่อนนโยบายทั้งรัฐบาล จึงเปิดให้เฉพาะหน่วยขับเคลื่อนและผู้ดูแลระบบ',
  },
  pdf: 'ดาวน์โหลด PDF',
  xlsx: 'ดาวน์โหลด Excel',
  fileOf: (what: string) => ` (${what})`,
};

export const statisticsReportsEn: typeof statisticsReportsTh = {
  nav: 'Reports',
  title: 'Reports',
  lead: 'Download the monthly complaint report and the annual performance report as a PDF to read and print, or as an Excel workbook with the same figures. Every figure matches the dashboards.',
  monthly: {
    title: 'Monthly complaint report',
    lead: 'Received, finished, resolution rate, in progress, overdue, days to finish and satisfaction, by category, channel, area and unit, with the trend over the fiscal year.',
    month: 'Month',
    scope: 'Area',
    national: 'Thailand',
  },
  annual: {
    title: 'Annual government performance report',
    lead: "The fiscal year's complaint resolution rate, all 77 provinces, the inspection zones, the ministries, the monthly trend and the delivery of directives and policies.",
    fiscalYear: 'Fiscal year',
    fiscalYearOption: (year: number) => `${year} BE`,
    nationalOnly:
      "The annual report carries the whole government's delivery picture, so only the delivery unit and administrators may download it.",
  },
  pdf: 'Download PDF',
  xlsx: 'Download Excel',
  fileOf: (what: string) => ` (${what})`,
};
