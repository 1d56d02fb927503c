/**
 * What the LINE Official Account answers, Thai first, English second, in
 * plain words a citizen reads on a phone.
 */
export const lineReplies = {
  askLocation:
    'ได้รับรายละเอียดแล้ว โปรดส่งตำแหน่งที่เกิดเหตุ (กด + แล้วเลือก "ตำแหน่งที่ตั้ง") เพื่อแจ้งเรื่อง\nGot it. Now send the location (tap + then "Location") to file your complaint.',
  askDescription: 'ได้รับแล้ว โปรดพิมพ์เล่าปัญหาที่พบ แล้วส่งตำแหน่งที่เกิดเหตุ\nReceived. Please type what the problem is, and send its location.',
  notFiled: (why: string) => `ขออภัย ยังรับเรื่องไม่ได้: ${why}\nSorry, the complaint could not be filed yet. Please check and send again.`,
  filed: (trackingCode: string) =>
    `รับเรื่องร้องเรียนของท่านแล้ว รหัสติดตาม ${trackingCode}\nใช้รหัสนี้ติดตามความคืบหน้าได้ที่เว็บไซต์ หรือพิมพ์รหัสส่งมาที่นี่\nYour complaint is filed. Tracking code: ${trackingCode}`,
};
