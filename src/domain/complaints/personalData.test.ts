import { describe, expect, it } from 'vitest';
import { isValidCitizenId } from './citizenId.ts';
import { maskPersonalData } from './maskPersonalData.ts';
import { parseTrackingCode, newTrackingCode } from './trackingCode.ts';
import { normalisePhone } from './validateIntake.ts';

describe('citizen ID checksum', () => {
  it('accepts a number whose last digit is its check digit, with or without dashes', () => {
    expect(isValidCitizenId('1103700123458')).toBe(true);
    expect(isValidCitizenId('1-1037-00123-45-8')).toBe(true);
    expect(isValidCitizenId('3100600000013')).toBe(true);
  });
  it('refuses a wrong check digit, a short number and letters', () => {
    expect(isValidCitizenId('1103700123455')).toBe(false);
    expect(isValidCitizenId('110370012345')).toBe(false);
    expect(isValidCitizenId('11037001234a8')).toBe(false);
  });
});

describe('masking phone and ID numbers in free text', () => {
  it('masks mobile, landline, +66 and citizen ID numbers, keeping the last two digits', () => {
    expect(maskPersonalData('โทร 081-234-5678 ด่วน')).toBe('โทร xxx-xxx-xx78 ด่วน');
    expect(maskPersonalData('ติดต่อ 02 123 4567')).toBe('ติดต่อ xx xxx xx67');
    expect(maskPersonalData('call +66812345678')).toBe('call +xxxxxxxxx78');
    expect(maskPersonalData('บัตร 1-1037-00123-45-8')).toBe('บัตร x-xxxx-xxxxx-x5-8');
    expect(maskPersonalData('เลข 1103700123458 ครับ')).toBe('เลข xxxxxxxxxxx58 ครับ');
    expect(maskPersonalData('โทร ๐๘๑๒๓๔๕๖๗๘')).toBe('โทร xxxxxxxx๗๘');
  });
  it('leaves house numbers, years and short numbers alone', () => {
    const text = 'บ้านเลขที่ 123/45 ซอย 24 ปี 2566 เวลา 18.30 น.';
    expect(maskPersonalData(text)).toBe(text);
  });
});

describe('phone numbers and tracking codes', () => {
  it('normalises Thai phone numbers', () => {
    expect(normalisePhone('081 234 5678')).toBe('0812345678');
    expect(normalisePhone('+66 81 234 5678')).toBe('0812345678');
    expect(normalisePhone('02-123-4567')).toBe('021234567');
    expect(normalisePhone('1234')).toBeNull();
  });
  it('reads back a tracking code typed in lower case or without dashes', () => {
    const code = newTrackingCode();
    expect(parseTrackingCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
    expect(parseTrackingCode('OOOO-0000-11')).toBeNull();
  });
});
