import { describe, expect, it } from 'vitest';
import { isWalPosition, laterWalPosition, replicaUnavailable } from './readReplica.ts';

describe('read replica helpers', () => {
  it('reads WAL positions as PostgreSQL prints them and compares them as numbers, not text', () => {
    expect(isWalPosition('16/B374D848')).toBe(true);
    expect(isWalPosition('0/0')).toBe(true);
    for (const wrong of ['', '16', '16/', '/1', 'G/1', '1/2/3', '123456789/0', "0/0'; select 1"]) expect(isWalPosition(wrong)).toBe(false);
    expect(laterWalPosition('0/FF', '0/100')).toBe('0/100');
    expect(laterWalPosition('1/0', '0/FFFFFFFF')).toBe('1/0');
    expect(laterWalPosition(undefined, '0/1')).toBe('0/1');
    expect(laterWalPosition('0/1', undefined)).toBe('0/1');
    expect(laterWalPosition(undefined, undefined)).toBeUndefined();
  });

  it('falls back to the primary only for errors that say the replica could not answer', () => {
    const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });
    for (const code of ['ECONNREFUSED', 'ECONNRESET', '08006', '57P01', '57P03', '53300', '40001']) {
      expect(replicaUnavailable(withCode(code)), code).toBe(true);
    }
    expect(replicaUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(replicaUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    // A fault of the statement itself would fail on the primary too: it is not hidden.
    for (const code of ['42P01', '22P02', '25006', '57014']) expect(replicaUnavailable(withCode(code)), code).toBe(false);
    expect(replicaUnavailable('ECONNREFUSED')).toBe(false);
  });
});
