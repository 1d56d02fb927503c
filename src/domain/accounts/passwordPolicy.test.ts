import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../../test/support/factories.ts';
import { DEMO_PASSWORD, demoAccounts } from '../../demo/demoAccounts.ts';
import { AppError } from '../errors.ts';
import { assertStrongPassword } from './passwordPolicy.ts';

describe('the password policy', () => {
  it('accepts the published demo password for every demo account, and the test password', () => {
    for (const account of demoAccounts) {
      expect(() => assertStrongPassword(DEMO_PASSWORD, [account.username, account.displayName])).not.toThrow();
    }
    expect(() => assertStrongPassword(TEST_PASSWORD, ['officer-ph-50-a1b2c3'])).not.toThrow();
  });

  it('counts characters, not UTF-16 units or bytes, so a Thai passphrase of 12 letters is long enough', () => {
    expect(() => assertStrongPassword('ก'.repeat(11))).toThrow(AppError);
    expect(() => assertStrongPassword('ฝนตกหนักที่ลำปางเมื่อวาน')).not.toThrow();
  });

  it('says how to fix a refused password, in Thai and English', () => {
    try {
      assertStrongPassword('qwertyuiop12');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const refusal = error as AppError;
      expect(refusal.code).toBe('weak_password');
      expect(refusal.th).toContain('วลี');
      expect(refusal.message).toContain('passphrase');
    }
  });
});
