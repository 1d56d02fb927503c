/** The ways a complaint reaches Tidtam, with the names people use for them. */
export const complaintChannelNames: Record<string, { th: string; en: string }> = {
  web: { th: 'เว็บไซต์', en: 'Website' },
  hotline: { th: 'สายด่วน 1111', en: '1111 hotline' },
  mail: { th: 'ไปรษณีย์', en: 'Post' },
  walk_in: { th: 'ยื่นด้วยตนเอง', en: 'In person' },
  app: { th: 'แอปพลิเคชัน', en: 'App' },
  line: { th: 'LINE', en: 'LINE' },
  open311: { th: 'ระบบเชื่อมต่อ Open311', en: 'Open311 client' },
  import: { th: 'นำเข้าจากระบบอื่น', en: 'Imported' },
};
