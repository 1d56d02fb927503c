import { describe, expect, it } from 'vitest';
import { loadConfig, parseTrustProxy } from './config.ts';

describe('TRUST_PROXY', () => {
  it('trusts no proxy unless told, so X-Forwarded-For cannot choose the address limits key on', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    for (const off of ['', 'off', 'false', '0']) expect(parseTrustProxy(off)).toBe(false);
  });

  it('takes a hop count or a list of proxy addresses and CIDRs', () => {
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy(' 10.0.0.5, 10.1.0.0/16 ,fd00::/8,loopback ')).toEqual(['10.0.0.5', '10.1.0.0/16', 'fd00::/8', 'loopback']);
  });

  it('refuses "true" and anything that is not an address, naming the setting', () => {
    for (const wrong of ['true', 'yes', '10.0.0.300', '10.0.0.0/33', '10.0.0.0/8/1', 'proxy.example', ',']) {
      expect(() => parseTrustProxy(wrong)).toThrow(/TRUST_PROXY/);
    }
  });
});
