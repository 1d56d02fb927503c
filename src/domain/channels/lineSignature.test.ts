import { describe, expect, it } from 'vitest';
import { isValidLineSignature, signLineBody } from './lineSignature.ts';

describe('LINE webhook signatures', () => {
  const secret = 'channel-secret';
  const body = Buffer.from('{"destination":"U1","events":[]}');

  it('accepts the HMAC-SHA256 of the raw body with the channel secret, base64', () => {
    // Computed independently: printf '%s' '{"destination":"U1","events":[]}' | openssl dgst -sha256 -hmac channel-secret -binary | base64
    expect(signLineBody(body, secret)).toBe('B2fF7S6jgMOeNq3IokYsA4lKncYApSaoE3IcBIVdHr4=');
    expect(isValidLineSignature(body, signLineBody(body, secret), secret)).toBe(true);
  });

  it('refuses a missing signature, another secret, a changed body and garbage', () => {
    expect(isValidLineSignature(body, undefined, secret)).toBe(false);
    expect(isValidLineSignature(body, signLineBody(body, 'other'), secret)).toBe(false);
    expect(isValidLineSignature(Buffer.from('{"destination":"U1","events":[ ]}'), signLineBody(body, secret), secret)).toBe(false);
    expect(isValidLineSignature(body, 'not base64 at all!', secret)).toBe(false);
  });
});
