/**
 * The league table's words, Thai first; the English object has the Thai one's type, so a string
 * missing in one language is a type error. The formula is said in words a council member reads.
 */
export const leagueTh = {
  nav: 'ตารางอันดับ',
  title: 'ตารางอันดับผลการดำเนินงาน',
  lead: 'จัดอันดับจังหวัด กระทรวง และหน่วยงาน ด้วยเกณฑ์ที่เป็นธรรม: ปรับตามจำนวนเรื่อง เพื่อไม่ให้หน่วยงานที่มีเรื่องเพียงไม่กี่เรื่องขึ้นอันดับหนึ่งเพราะโชค และนับเรื่องที่ประชาชนขอเปิดใหม่เป็นผลลบ',
  levelNav: 'ระดับที่จัดอันดับ',
  levels: { province: 'จังหวัด', ministry: 'กระทรวง', unit: 'หน่วยงาน' } as Record<string, string>,
  fiscalYear: 'ปีงบประมาณ',
  fiscalYearOption: (year: number) => `ปีงบประมาณ พ.ศ. ${year}`,
  rankBy: 'จัดอันดับตาม',
  rankings: {
    resolution: 'การแก้ไขเรื่องร้องเรียนเสร็จ',
    acknowledgement: 'การรับเรื่องร้องเรียนตรงเวลา',
    directiveAcknowledgement: 'การรับทราบข้อสั่งการและนโยบายตรงเวลา',
    peopleHelped: 'จำนวนประชาชนที่ได้รับความช่วยเหลือ',
  } as Record<string, string>,
  show: 'แสดง',
  asOf: (when: string) => `ข้อมูล ณ ${when}`,
  period: (year: number) => `เรื่องที่รับในปีงบประมาณ พ.ศ. ${year} (1 ต.ค. ${year - 1} – 30 ก.ย. ${year})`,
  staffOnly: 'ข้อมูลข้อสั่งการและจำนวนผู้ได้รับความช่วยเหลือแสดงเฉพาะเจ้าหน้าที่ที่เข้าสู่ระบบ',
  rankedCaption: (level: string, year: number, by: string) => `อันดับ${level} ปีงบประมาณ พ.ศ. ${year} เรียงตาม${by}`,
  notRankedTitle: 'ยังไม่จัดอันดับ: เรื่องน้อยเกินไป',
  notRankedLead: (minimum: number) =>
    `รายการเหล่านี้มีเรื่องน้อยกว่าเกณฑ์ (เรื่องร้องเรียนน้อยกว่า ${minimum} เรื่อง หรือไม่มีข้อมูลตามเกณฑ์ที่เลือก) จึงแสดงไว้แต่ไม่จัดอันดับ อัตราจากเรื่องไม่กี่เรื่องบอกได้น้อยว่าหน่วยงานทำงานดีเพียงใด`,
  notRankedCaption: (level: string) => `${level}ที่ยังไม่จัดอันดับ`,
  noneRanked: 'ยังไม่มีรายการที่มีเรื่องมากพอจะจัดอันดับ',
  columns: {
    rank: 'อันดับ',
    name: 'ชื่อ',
    received: 'เรื่องที่รับ',
    resolutionRate: 'แก้ไขเสร็จ',
    score: 'คะแนนปรับตามปริมาณ',
    acknowledgement: 'รับเรื่องตรงเวลา',
    reopened: 'ประชาชนขอเปิดใหม่',
    directiveAcknowledgement: 'รับทราบข้อสั่งการตรงเวลา',
    peopleHelped: 'ผู้ได้รับความช่วยเหลือ',
  },
  adjusted: (value: string) => `ปรับแล้ว ${value}`,
  none: '—',
  method: {
    title: 'วิธีคิดคะแนน',
    why: 'อัตราดิบไม่เป็นธรรม: หน่วยงานที่แก้ไขเสร็จ 1 จาก 1 เรื่อง (100%) จะอยู่เหนือหน่วยงานที่แก้ไขเสร็จ 900 จาก 1,000 เรื่อง (90%) เราจึงใช้ "อัตราต่ำสุดที่มั่นใจได้ 95%" (ขอบล่างของช่วงความเชื่อมั่นแบบวิลสัน) หน่วยงานที่มีเรื่องน้อยมีความไม่แน่นอนสูง คะแนนจึงต่ำกว่าอัตราจริงมาก หน่วยงานที่มีเรื่องมาก คะแนนจะใกล้อัตราจริง',
    formulaLabel: 'สูตร',
    formula: 'คะแนน = ( p + z²÷2n − z × √( p(1−p)÷n + z²÷4n² ) ) ÷ ( 1 + z²÷n )',
    where: (z: number) => `โดย n คือจำนวนเรื่องที่รับ, p คือ (เรื่องที่แก้ไขเสร็จ − เรื่องที่ประชาชนขอเปิดใหม่) ÷ n และ z = ${z} (ความเชื่อมั่น 95%)`,
    ghost:
      'เรื่องที่หน่วยงานแจ้งว่าแก้ไขเสร็จ แต่ประชาชนขอเปิดใหม่ (การแก้ปัญหาทิพย์) นับเป็นผลลบของหน่วยงานที่ปิดเรื่อง: หักออกจากจำนวนเรื่องที่แก้ไขเสร็จก่อนคิดคะแนน แม้ภายหลังจะแก้ไขเสร็จจริงแล้วก็ตาม',
    examplesTitle: 'ตัวอย่าง',
    example: (resolved: string, received: string, rate: string, score: string) =>
      `แก้ไขเสร็จ ${resolved} จาก ${received} เรื่อง (${rate}) ได้คะแนน ${score}`,
    ghostExample: (received: string, resolved: string, reopened: string, effective: string, score: string) =>
      `รับ ${received} เรื่อง แจ้งแก้ไขเสร็จ ${resolved} เรื่อง แต่ประชาชนขอเปิดใหม่ ${reopened} เรื่อง จึงนับว่าแก้ไขเสร็จ ${effective} เรื่อง ได้คะแนน ${score}`,
    minimum: (received: number, directives: number) =>
      `จัดอันดับเฉพาะรายการที่รับเรื่องร้องเรียนตั้งแต่ ${received} เรื่องขึ้นไปในปีงบประมาณ (การรับเรื่องตรงเวลา: เรื่องที่ครบกำหนดรับแล้วตั้งแต่ ${received} เรื่อง; ข้อสั่งการ: ตั้งแต่ ${directives} งาน) รายการอื่นแสดงไว้แต่ไม่จัดอันดับ`,
    acknowledgement:
      'รับเรื่องตรงเวลา: สัดส่วนเรื่องที่หน่วยงานรับทราบภายในเวลาตามมาตรฐานการให้บริการ จากเรื่องที่รับทราบแล้วหรือเลยกำหนดแล้ว ปรับตามปริมาณด้วยสูตรเดียวกัน ข้อสั่งการและนโยบายคิดแบบเดียวกันจากชั่วโมงรับทราบของมาตรฐานการให้บริการของแต่ละเรื่อง',
    people: (units: string) =>
      `ผู้ได้รับความช่วยเหลือ: ผลรวมของค่าล่าสุดในปีงบประมาณของตัวชี้วัดที่นับเป็นคน (หน่วยนับ ${units}) ซึ่งมีทิศทางยิ่งมากยิ่งดี ตามหน่วยงานที่รายงาน จังหวัดนับตามที่ตั้งของหน่วยงาน กระทรวงนับหน่วยงานในสังกัดทั้งหมด`,
  },
};

export const leagueEn: typeof leagueTh = {
  nav: 'League tables',
  title: 'League tables',
  lead: 'Provinces, ministries and units ranked by fair measures: adjusted for the number of cases, so an office with a handful of cases cannot top the table on luck, and with complaints the citizen reopened counted against the office.',
  levelNav: 'What is ranked',
  levels: { province: 'Provinces', ministry: 'Ministries', unit: 'Units' },
  fiscalYear: 'Fiscal year',
  fiscalYearOption: (year: number) => `Fiscal year ${year} BE`,
  rankBy: 'Rank by',
  rankings: {
    resolution: 'Complaints resolved',
    acknowledgement: 'Complaints acknowledged on time',
    directiveAcknowledgement: 'Directives and policies acknowledged on time',
    peopleHelped: 'People helped',
  },
  show: 'Show',
  asOf: (when: string) => `Figures as of ${when}`,
  period: (year: number) => `Complaints received in fiscal year ${year} BE (1 Oct ${year - 1} – 30 Sep ${year} BE)`,
  staffOnly: 'Directive acknowledgement and people helped are shown to signed-in staff only.',
  rankedCaption: (level: string, year: number, by: string) => `${level} ranked by ${by.toLowerCase()}, fiscal year ${year} BE`,
  notRankedTitle: 'Not ranked: too few cases',
  notRankedLead: (minimum: number) =>
    `These received fewer complaints than the threshold (fewer than ${minimum}, or no figures on the chosen measure), so they are listed but not ranked: a rate from a few cases says little about how well an office works.`,
  notRankedCaption: (level: string) => `${level} not ranked`,
  noneRanked: 'Nothing has enough cases to be ranked yet.',
  columns: {
    rank: 'Rank',
    name: 'Name',
    received: 'Received',
    resolutionRate: 'Resolved',
    score: 'Volume-adjusted score',
    acknowledgement: 'Acknowledged on time',
    reopened: 'Reopened by citizens',
    directiveAcknowledgement: 'Directives acknowledged on time',
    peopleHelped: 'People helped',
  },
  adjusted: (value: string) => `adjusted ${value}`,
  none: '—',
  method: {
    title: 'How the score is worked out',
    why: 'A raw rate is unfair: an office that resolved 1 of 1 complaint (100%) would rank above one that resolved 900 of 1,000 (90%). So we rank by the lowest rate we can be 95% sure of (the lower bound of the Wilson score interval). With few cases the uncertainty is large and the score falls well below the raw rate; with many cases the score is close to it.',
    formulaLabel: 'Formula',
    formula: 'score = ( p + z²÷2n − z × √( p(1−p)÷n + z²÷4n² ) ) ÷ ( 1 + z²÷n )',
    where: (z: number) =>
      `where n is the number of complaints received, p is (resolved − reopened by the citizen) ÷ n, and z = ${z} (95% confidence).`,
    ghost:
      'A complaint the office reported fixed but the citizen reopened (a ghost fix, การแก้ปัญหาทิพย์) counts against the office that closed it: it is taken off the resolved count before the score, even if it was later fixed for real.',
    examplesTitle: 'Examples',
    example: (resolved: string, received: string, rate: string, score: string) =>
      `${resolved} of ${received} resolved (${rate}) scores ${score}`,
    ghostExample: (received: string, resolved: string, reopened: string, effective: string, score: string) =>
      `${received} received, ${resolved} reported fixed but ${reopened} reopened by citizens, so ${effective} count as resolved: scores ${score}`,
    minimum: (received: number, directives: number) =>
      `Only those that received at least ${received} complaints in the fiscal year are ranked (acknowledgement: at least ${received} complaints past or within their deadline; directives: at least ${directives} assignments). The others are listed, not ranked.`,
    acknowledgement:
      "Acknowledged on time: the share of complaints the office acknowledged within its service level, of those acknowledged or past the deadline, adjusted by the same formula. Directives and policies are counted the same way, against each case's service level acknowledge hours.",
    people: (units: string) =>
      `People helped: the sum of the latest value in the fiscal year of every indicator that counts people (unit of measure ${units}) and should go up, by the unit that reported it. A province counts the units located in it; a ministry counts every unit under it.`,
  },
};
