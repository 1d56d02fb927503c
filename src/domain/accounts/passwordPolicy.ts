import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import { limits } from '../../shared/limits.ts';
import { AppError } from '../errors.ts';

/**
 * zxcvbn's lowest score that we accept: 3 means "safely unguessable" against an
 * online attack and a throttled offline one (about 10^8 guesses or more).
 */
export const PASSWORD_SCORE_MIN = 3;

let estimator: ZxcvbnFactory | undefined;

/**
 * zxcvbn-ts with its maintained common-password, name and Wikipedia word lists
 * (`@zxcvbn-ts/language-common`). Built on first use: unpacking the lists takes
 * about half a second, which a server start should not pay.
 */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({ dictionary: { ...zxcvbnCommon.dictionary }, graphs: zxcvbnCommon.adjacencyGraphs });
  return estimator;
}

const tooShort = {
  th: `รหัสผ่านต้องยาวอย่างน้อย ${limits.passwordMin} ตัวอักษร โปรดใช้วลีที่จำง่ายแต่เดายาก เช่น คำหลายคำที่ไม่เกี่ยวกันต่อกัน`,
  en: `The password must be at least ${limits.passwordMin} characters. Use a passphrase: several unrelated words, easy to remember and hard to guess.`,
};
const tooGuessable = {
  th: 'รหัสผ่านนี้เดาง่ายเกินไป (เป็นรหัสที่ใช้กันทั่วไป มีตัวอักษรซ้ำหรือเรียงกัน หรือมีชื่อผู้ใช้อยู่) โปรดใช้วลีที่ยาวขึ้นจากคำที่ไม่เกี่ยวกัน',
  en: 'This password is too easy to guess (a common password, repeated or sequential characters, or the username in it). Use a longer passphrase of unrelated words.',
};

/**
 * Refuses a password shorter than 12 characters or one that zxcvbn scores
 * below 3: common and breached-style passwords (`password1234`,
 * `123456789012`, `qwertyuiop12`, `aaaaaaaaaaaa`) and ones built from the
 * account's own name. Length and a check against known-weak passwords, with no
 * composition rules, is what NIST SP 800-63B §3.1.1.2 and OWASP ASVS 4.0 2.1.1,
 * 2.1.7 and 2.1.9 ask. Throws `weak_password` with the reason on `/password`.
 */
export function assertStrongPassword(password: string, accountWords: readonly string[] = []): void {
  const reason = [...password].length < limits.passwordMin ? tooShort : weakness(password, accountWords);
  if (!reason) return;
  throw new AppError('weak_password', { ...reason, fields: [{ path: '/password', ...reason }] });
}

function weakness(password: string, accountWords: readonly string[]): typeof tooGuessable | undefined {
  const words = accountWords
    .flatMap((word) => [word.toLowerCase(), ...word.toLowerCase().split(/[^\p{L}\p{N}]+/u)])
    .filter((word) => word.length >= 3);
  return zxcvbn().check(password, ['tidtam', 'ติดตาม', ...words]).score < PASSWORD_SCORE_MIN ? tooGuessable : undefined;
}
