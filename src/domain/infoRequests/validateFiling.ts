import { AppError, type FieldProblem } from '../errors.ts';
import { cleanComplainant } from '../complaints/validateIntake.ts';
import { infoRequestLimits as L, type InfoRequestChannel, type InfoRequestForm } from '../../shared/infoRequests.ts';

export interface RequesterInput {
  name?: string;
  citizenId?: string;
  phone?: string;
  email?: string;
  address?: string;
}

export interface FilingInput {
  channel: InfoRequestChannel;
  agencyUnitId: string;
  title: string;
  body: string;
  formWanted: InfoRequestForm;
  requester: RequesterInput | null;
  /** The requester agrees that the request and its answer may be published, without their name. */
  publishConsent: boolean;
}

export interface CleanRequester {
  name: string;
  citizenId: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
}

export interface CleanFiling {
  channel: InfoRequestChannel;
  agencyUnitId: string;
  title: string;
  body: string;
  formWanted: InfoRequestForm;
  requester: CleanRequester;
  publishConsent: boolean;
}

const blank = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/**
 * Checks a request before it is filed, reporting every problem at once. A request without a name
 * and a way to reply is refused with `requester_identity_required`: Tidtam's decision, because the
 * agency must answer the person who asked in writing and only that person may appeal (section 18) or
 * complain (section 13). The Act does not publish names and neither does Tidtam.
 */
export function validateFiling(input: FilingInput): CleanFiling {
  const problems: FieldProblem[] = [];
  const title = input.title.trim();
  const body = input.body.trim();
  if (title.length < 5 || title.length > L.titleMax)
    problems.push({
      path: '/title',
      th: `โปรดตั้งชื่อเรื่องที่ขอ 5 ถึง ${L.titleMax} ตัวอักษร`,
      en: `Give the request a title of 5 to ${L.titleMax} characters.`,
    });
  if (body.length < 20 || body.length > L.bodyMax)
    problems.push({
      path: '/body',
      th: `โปรดระบุข้อมูลข่าวสารที่ต้องการให้หน่วยงานเข้าใจได้ 20 ถึง ${L.bodyMax.toLocaleString('th-TH')} ตัวอักษร เช่น ชื่อเอกสาร ช่วงเวลา หรือโครงการ`,
      en: `Describe the information you want so the agency can find it, in 20 to ${L.bodyMax.toLocaleString('en-GB')} characters: a document's name, a period or a project.`,
    });
  const requester = input.requester;
  const name = blank(requester?.name);
  const address = blank(requester?.address);
  if (name && name.length > L.nameMax)
    problems.push({
      path: '/requester/name',
      th: `ชื่อยาวได้ไม่เกิน ${L.nameMax} ตัวอักษร`,
      en: `The name can be at most ${L.nameMax} characters.`,
    });
  if (address && address.length > L.addressMax)
    problems.push({
      path: '/requester/address',
      th: `ที่อยู่ยาวได้ไม่เกิน ${L.addressMax} ตัวอักษร`,
      en: `The address can be at most ${L.addressMax} characters.`,
    });
  const contact = requester
    ? cleanComplainant({ citizenId: requester.citizenId, phone: requester.phone, email: requester.email }, problems)
    : null;
  for (const problem of problems) problem.path = problem.path.replace('/complainant/', '/requester/');
  if (problems.length > 0) throw new AppError('validation_failed', { fields: problems });
  if (!name || (!contact?.phone && !contact?.email && !address)) {
    throw new AppError('requester_identity_required', {
      fields: [
        ...(name ? [] : [{ path: '/requester/name', th: 'โปรดใส่ชื่อและนามสกุลของผู้ขอ', en: 'Enter the requester’s full name.' }]),
        ...(contact?.phone || contact?.email || address
          ? []
          : [
              {
                path: '/requester',
                th: 'โปรดใส่อีเมล หมายเลขโทรศัพท์ หรือที่อยู่ อย่างน้อยหนึ่งอย่าง เพื่อให้หน่วยงานตอบกลับได้',
                en: 'Enter an e-mail address, a phone number or a postal address so the agency can reply.',
              },
            ]),
      ],
    });
  }
  return {
    channel: input.channel,
    agencyUnitId: input.agencyUnitId,
    title,
    body,
    formWanted: input.formWanted,
    requester: { name, citizenId: contact?.citizenId ?? null, phone: contact?.phone ?? null, email: contact?.email ?? null, address },
    publishConsent: input.publishConsent,
  };
}
