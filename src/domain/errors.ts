/**
 * The one application error type. Domain and command code throw `AppError`
 * with a stable string code; the HTTP layer maps the code to a status in one
 * table (`server/plugins/errorHandler.ts`). Messages come in Thai first, then
 * English, because every screen and every API client of Tidtam shows both.
 */

export const errorMessages = {
  validation_failed: {
    th: 'ข้อมูลที่ส่งมาไม่ถูกต้อง โปรดตรวจสอบช่องที่ระบุแล้วส่งอีกครั้ง',
    en: 'Some of the data sent is not valid. Check the fields listed and send again.',
  },
  malformed_body: {
    th: 'อ่านข้อมูลที่ส่งมาไม่ได้ โปรดส่งเป็น JSON ที่ถูกต้อง',
    en: 'The request body could not be read. Send valid JSON.',
  },
  malformed_url: {
    th: 'ที่อยู่ (URL) ไม่ถูกต้อง โปรดตรวจสอบที่อยู่แล้วลองอีกครั้ง',
    en: 'The address (URL) is not valid. Check it and try again.',
  },
  uri_too_long: {
    th: 'ที่อยู่ (URL) ยาวเกินกำหนด',
    en: 'The address (URL) is too long.',
  },
  unsupported_media_type: {
    th: 'ไม่รองรับรูปแบบข้อมูลนี้ โปรดส่งเป็น application/json หรือ multipart/form-data ตามที่ระบุ',
    en: 'This content type is not supported. Send application/json or multipart/form-data as documented.',
  },
  payload_too_large: {
    th: 'ข้อมูลหรือไฟล์มีขนาดใหญ่เกินกำหนด โปรดลดขนาดแล้วส่งอีกครั้ง',
    en: 'The request or file is too large. Make it smaller and send again.',
  },
  file_type_not_allowed: {
    th: 'ไม่รับไฟล์ประเภทนี้ โปรดแนบรูปภาพ PDF เอกสาร Word/Excel หรือไฟล์ข้อความ',
    en: 'This kind of file is not accepted. Attach an image, PDF, Word/Excel document or text file.',
  },
  unauthenticated: {
    th: 'โปรดเข้าสู่ระบบก่อน',
    en: 'Sign in first.',
  },
  invalid_credentials: {
    th: 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง',
    en: 'The username or password is not correct.',
  },
  weak_password: {
    th: 'รหัสผ่านนี้เดาง่ายเกินไป โปรดใช้วลีที่ยาวอย่างน้อย 12 ตัวอักษรจากคำที่ไม่เกี่ยวกัน',
    en: 'This password is too easy to guess. Use a passphrase of at least 12 characters made of unrelated words.',
  },
  reauthentication_failed: {
    th: 'รหัสผ่านที่ยืนยันไม่ถูกต้อง โปรดกรอกรหัสผ่านของคุณอีกครั้ง',
    en: 'The password you re-entered is not correct. Enter your password again.',
  },
  session_required: {
    th: 'จัดการโทเคน API ได้จากหน้าเว็บที่เข้าสู่ระบบแล้วเท่านั้น ไม่สามารถใช้โทเคน API ได้',
    en: 'API tokens are managed only from a signed-in browser session, never with an API token.',
  },
  insufficient_scope: {
    th: 'โทเคน API นี้ไม่มีขอบเขตสิทธิ์สำหรับรายการนี้ โปรดสร้างโทเคนใหม่ที่มีขอบเขตที่ต้องการ',
    en: "This API token's scopes do not allow this. Make a new token with the scope needed.",
  },
  csrf_invalid: {
    th: 'หน้านี้หมดอายุ โปรดโหลดหน้าใหม่แล้วลองอีกครั้ง',
    en: 'This page has expired. Reload it and try again.',
  },
  forbidden: {
    th: 'คุณไม่มีสิทธิ์ทำรายการนี้',
    en: 'You do not have permission to do this.',
  },
  not_found: {
    th: 'ไม่พบรายการที่ต้องการ',
    en: 'The item was not found.',
  },
  route_not_found: {
    th: 'ไม่พบที่อยู่นี้ในระบบ',
    en: 'There is no such address.',
  },
  method_not_allowed: {
    th: 'ที่อยู่นี้ไม่รองรับคำสั่งนี้',
    en: 'This address does not accept this method.',
  },
  conflict: {
    th: 'รายการนี้มีอยู่แล้วหรือถูกแก้ไขไปแล้ว',
    en: 'This already exists or has been changed by someone else.',
  },
  synonym_term_taken: {
    th: 'คำนี้อยู่ในกลุ่มคำพ้องความหมายอื่นแล้ว คำหนึ่งอยู่ได้เพียงกลุ่มเดียว โปรดลบคำนั้นออกหรือแก้ไขกลุ่มเดิมแทน',
    en: 'A term is already in another synonym group. A term can be in one group only: remove it, or change the other group instead.',
  },
  stale_write: {
    th: 'มีผู้อื่นแก้ไขรายการนี้ไปแล้วหลังจากที่คุณเปิดดู โปรดโหลดข้อมูลใหม่เพื่อดูการเปลี่ยนแปลงนั้น แล้วทำรายการอีกครั้งหากยังจำเป็น',
    en: 'Someone else changed this after you opened it. Reload to see their change, then try again if it is still needed.',
  },
  invalid_transition: {
    th: 'ทำรายการนี้ในสถานะปัจจุบันไม่ได้',
    en: 'This cannot be done in the current status.',
  },
  follow_up_closed: {
    th: 'พ้นกำหนด 30 วันหลังแก้ไขเสร็จแล้ว ให้คะแนนหรือเปิดเรื่องอีกครั้งไม่ได้ หากปัญหายังอยู่ โปรดแจ้งเป็นเรื่องใหม่',
    en: 'The 30 days after the complaint was resolved have passed, so it can no longer be rated or reopened. If the problem remains, file a new complaint.',
  },
  invalid_target: {
    th: 'หน่วยงานที่เลือกไม่อยู่ในสายงานที่มอบหมายได้',
    en: 'The units chosen are not ones this assignment can be passed to.',
  },
  requester_identity_required: {
    th: 'คำขอข้อมูลข่าวสารต้องมีชื่อผู้ขอและช่องทางติดต่อกลับอย่างน้อยหนึ่งช่องทาง (อีเมล โทรศัพท์ หรือที่อยู่) เพราะหน่วยงานต้องตอบผู้ขอเป็นหนังสือ และสิทธิอุทธรณ์ (มาตรา 18) และร้องเรียน (มาตรา 13) เป็นของผู้ยื่นคำขอ ชื่อของท่านจะไม่ถูกเผยแพร่',
    en: 'A request for official information needs the name of the person asking and at least one way to reply (e-mail, phone or postal address): the agency must answer the requester in writing, and the rights to appeal (section 18) and to complain (section 13) belong to the person who asked. Your name is never published.',
  },
  info_request_withdrawn: {
    th: 'ผู้ขอถอนคำขอนี้แล้ว จึงดำเนินการต่อไม่ได้',
    en: 'The requester withdrew this request, so nothing more can be done on it.',
  },
  info_request_already_answered: {
    th: 'คำขอนี้ได้รับคำตอบแล้ว หากคณะกรรมการสั่งให้ตอบใหม่ คำขอจะกลับมารอคำตอบอีกครั้ง',
    en: 'This request has already been answered. If the Commission orders a new answer, the request will await one again.',
  },
  appeal_deadline_passed: {
    th: 'พ้นกำหนด 15 วันสำหรับการอุทธรณ์แล้ว (มาตรา 18) ท่านยังยื่นคำขอใหม่ได้ หรือร้องเรียนต่อคณะกรรมการข้อมูลข่าวสารของราชการหากหน่วยงานไม่ปฏิบัติตามกฎหมาย',
    en: 'The 15 days to appeal have passed (section 18). You can still make a new request, or complain to the Official Information Commission if the agency did not follow the law.',
  },
  objection_not_available: {
    th: 'ยังยื่นเรื่องประเภทนี้ไม่ได้ในขณะนี้ โปรดอ่านเหตุผลที่ระบุ',
    en: 'This way to object is not open now. Read the reason given.',
  },
  objection_not_open: {
    th: 'เรื่องนี้พิจารณาเสร็จหรือถอนไปแล้ว',
    en: 'This objection has already been decided or withdrawn.',
  },
  objection_already_extended: {
    th: 'ขยายเวลาพิจารณาได้ครั้งเดียว รวมไม่เกิน 60 วัน (มาตรา 13)',
    en: 'The time to consider can be extended once, to 60 days in all (section 13).',
  },
  publish_consent_missing: {
    th: 'เผยแพร่คำขอนี้ไม่ได้ เพราะผู้ขอไม่ได้ยินยอมให้เผยแพร่คำขอและคำตอบ (แม้จะไม่มีชื่อผู้ขอ) หากผู้ขอยินยอมภายหลัง โปรดบันทึกความยินยอมก่อนแล้วจึงเผยแพร่',
    en: 'This request cannot be published: the requester did not agree that the request and its answer be published (even without their name). If they agree later, record their consent first, then publish.',
  },
  sign_in_throttled: {
    th: 'ลงชื่อเข้าใช้ไม่สำเร็จหลายครั้งติดกัน โปรดรอสักครู่แล้วลองใหม่',
    en: 'Too many failed sign-ins for this username. Wait a while and try again.',
  },
  rate_limited: {
    th: 'มีการส่งคำขอมากเกินไป โปรดรอสักครู่แล้วลองใหม่',
    en: 'Too many requests. Wait a moment and try again.',
  },
  internal: {
    th: 'ระบบขัดข้อง ข้อมูลของคุณไม่ได้ถูกบันทึก โปรดลองใหม่อีกครั้ง',
    en: 'Something went wrong on our side and nothing was saved. Try again.',
  },
} as const satisfies Record<string, { th: string; en: string }>;

export type ErrorCode = keyof typeof errorMessages;

/** One problem with one field, for forms to show beside the field. */
export interface FieldProblem {
  /** JSON pointer style path into the input, such as `/title`. */
  path: string;
  th: string;
  en: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldProblem[];
  readonly th: string;
  /** For a refusal that lifts by itself: when to try again, sent as `Retry-After` (RFC 9110 10.2.3). */
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, options: { fields?: FieldProblem[]; th?: string; en?: string; retryAfterSeconds?: number } = {}) {
    super(options.en ?? errorMessages[code].en);
    this.name = 'AppError';
    this.code = code;
    this.th = options.th ?? errorMessages[code].th;
    this.fields = options.fields ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
