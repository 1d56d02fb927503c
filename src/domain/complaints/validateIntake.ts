import { AppError, type FieldProblem } from '../errors.ts';
import { isValidCitizenId, normaliseCitizenId } from './citizenId.ts';
import { complaintLimits as L } from '../../shared/complaintLimits.ts';

export interface ComplainantInput {
  name?: string;
  citizenId?: string;
  phone?: string;
  email?: string;
  lineUserId?: string;
  /** Agrees to be contacted about this complaint; defaults to true when contact details are given. */
  consent?: boolean;
}

export interface CleanComplainant {
  name: string | null;
  citizenId: string | null;
  phone: string | null;
  email: string | null;
  lineUserId: string | null;
  consent: boolean;
}

/** A Thai phone number as digits starting with 0 (+66 8x... becomes 08x...), or null when it is not one. */
export function normalisePhone(value: string): string | null {
  let digits = value.replace(/[\s().-]/g, '');
  if (digits.startsWith('+66')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('66') && digits.length === 11) digits = `0${digits.slice(2)}`;
  return /^0[0-9]{8,9}$/.test(digits) ? digits : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LINE_USER_ID = /^U[0-9a-f]{32}$/;

function blankToNull(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Checks the complainant's details; null when nothing identifying was given (an anonymous complaint). */
export function cleanComplainant(input: ComplainantInput | null, problems: FieldProblem[]): CleanComplainant | null {
  if (!input) return null;
  const name = blankToNull(input.name);
  const citizenIdRaw = blankToNull(input.citizenId);
  const phoneRaw = blankToNull(input.phone);
  const email = blankToNull(input.email)?.toLowerCase() ?? null;
  const lineUserId = blankToNull(input.lineUserId);
  if (name && name.length > L.nameMax)
    problems.push({
      path: '/complainant/name',
      th: `ชื่อยาวได้ไม่เกิน ${L.nameMax} ตัวอักษร`,
      en: `The name can be at most ${L.nameMax} characters.`,
    });
  let citizenId: string | null = null;
  if (citizenIdRaw) {
    if (isValidCitizenId(citizenIdRaw)) citizenId = normaliseCitizenId(citizenIdRaw);
    else
      problems.push({
        path: '/complainant/citizenId',
        th: 'เลขประจำตัวประชาชนไม่ถูกต้อง โปรดตรวจสอบเลข 13 หลัก',
        en: 'The citizen ID number is not valid. Check the 13 digits.',
      });
  }
  let phone: string | null = null;
  if (phoneRaw) {
    phone = normalisePhone(phoneRaw);
    if (!phone)
      problems.push({
        path: '/complainant/phone',
        th: 'หมายเลขโทรศัพท์ไม่ถูกต้อง เช่น 081 234 5678 หรือ 02 123 4567',
        en: 'The phone number is not valid, e.g. 081 234 5678 or 02 123 4567.',
      });
  }
  if (email && (email.length > L.emailMax || !EMAIL.test(email)))
    problems.push({
      path: '/complainant/email',
      th: 'อีเมลไม่ถูกต้อง เช่น name@example.com',
      en: 'The e-mail address is not valid, e.g. name@example.com.',
    });
  if (lineUserId && !LINE_USER_ID.test(lineUserId))
    problems.push({ path: '/complainant/lineUserId', th: 'รหัสผู้ใช้ LINE ไม่ถูกต้อง', en: 'The LINE user id is not valid.' });
  if (!name && !citizenId && !phone && !email && !lineUserId) return null;
  return { name, citizenId, phone, email, lineUserId, consent: input.consent ?? true };
}

/** A title from the description when none is given: its first line, cut at a space near 80 characters. */
export function titleFromDescription(description: string): string {
  const firstLine = description.trim().split(/\r?\n/)[0]!.trim();
  if (firstLine.length <= 80) return firstLine;
  const cut = firstLine.lastIndexOf(' ', 80);
  return `${firstLine.slice(0, cut > 40 ? cut : 80).trimEnd()}…`;
}

export interface IntakeFieldsInput {
  title?: string;
  description: string;
  address?: string;
  location: { lat: number; lon: number } | null;
  attachmentIds?: string[];
}

/** Checks the free-text and location fields; pushes problems rather than throwing, so a form sees them all. */
export function checkIntakeFields(input: IntakeFieldsInput, problems: FieldProblem[]): void {
  const description = input.description.trim();
  if (description.length < L.descriptionMin)
    problems.push({
      path: '/description',
      th: `โปรดเล่าเรื่องที่ต้องการร้องเรียนอย่างน้อย ${L.descriptionMin} ตัวอักษร`,
      en: `Describe the problem in at least ${L.descriptionMin} characters.`,
    });
  if (description.length > L.descriptionMax)
    problems.push({
      path: '/description',
      th: `รายละเอียดยาวได้ไม่เกิน ${L.descriptionMax} ตัวอักษร`,
      en: `The description can be at most ${L.descriptionMax} characters.`,
    });
  if (input.title !== undefined && input.title.trim().length > L.titleMax)
    problems.push({
      path: '/title',
      th: `หัวเรื่องยาวได้ไม่เกิน ${L.titleMax} ตัวอักษร`,
      en: `The title can be at most ${L.titleMax} characters.`,
    });
  if (input.address !== undefined && input.address.length > L.addressMax)
    problems.push({
      path: '/address',
      th: `ที่อยู่ยาวได้ไม่เกิน ${L.addressMax} ตัวอักษร`,
      en: `The address can be at most ${L.addressMax} characters.`,
    });
  if (input.location) {
    const { lat, lon } = input.location;
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || lat < -90 || lat > 90 || lon < -180 || lon > 180)
      problems.push({ path: '/location', th: 'พิกัดไม่ถูกต้อง', en: 'The map point is not valid.' });
  }
  const ids = input.attachmentIds ?? [];
  if (ids.some((id) => !UUID.test(id)) || new Set(ids).size !== ids.length)
    problems.push({ path: '/attachmentIds', th: 'รายการรูปที่แนบไม่ถูกต้อง', en: 'The list of attached photos is not valid.' });
  if (ids.length > L.photosMax)
    problems.push({ path: '/attachmentIds', th: `แนบรูปได้ไม่เกิน ${L.photosMax} รูป`, en: `Attach at most ${L.photosMax} photos.` });
}

/**
 * A map point to seven decimal places (about 1 cm): finer digits say nothing
 * on the ground, and a coordinate like 1e-323 would underflow the distance
 * arithmetic in SQL.
 */
export function roundedLocation(location: { lat: number; lon: number } | null): { lat: number; lon: number } | null {
  if (!location) return null;
  const round = (degrees: number) => Math.round(degrees * 1e7) / 1e7 + 0;
  return { lat: round(location.lat), lon: round(location.lon) };
}

export function throwIfProblems(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new AppError('validation_failed', { fields: problems });
}
