import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearDraft, loadDraft, newIdempotencyKey, saveDraft, type StoredDraft } from './draftStore.ts';

const draft = (description: string, queued = false): StoredDraft => ({
  draft: {
    categoryCode: 'road',
    description,
    areaCode: '103301',
    location: { lat: 13.7563, lon: 100.5018 },
    address: 'ซอยสุขุมวิท 71',
    complainant: { name: 'สมหญิง ใจดี', phone: '0812345678' },
    attachmentIds: ['0b9f6c1e-8a4f-4f55-9d0e-3b7c2a1d5e6f'],
    provinceCode: '10',
    districtCode: '1033',
    subdistrictCode: '103301',
  },
  idempotencyKey: 'key-1',
  queued,
});

beforeEach(() => localStorage.clear());
afterEach(() => vi.unstubAllGlobals());

describe('the offline complaint draft', () => {
  it('has nothing before the citizen types', () => {
    expect(loadDraft()).toBeNull();
  });

  it('keeps what was saved, the latest save winning', () => {
    saveDraft(draft('ถนนเป็นหลุม'));
    saveDraft(draft('ถนนเป็นหลุมลึก ใกล้ปากซอย', true));
    expect(loadDraft()).toEqual(draft('ถนนเป็นหลุมลึก ใกล้ปากซอย', true));
  });

  it('survives a reload: a fresh copy of the page code reads the same draft and key', async () => {
    saveDraft(draft('ไฟถนนดับทั้งซอย', true));
    vi.resetModules();
    const reloaded = await import('./draftStore.ts');
    expect(reloaded.loadDraft()).toEqual(draft('ไฟถนนดับทั้งซอย', true));
    expect(reloaded.loadDraft()?.idempotencyKey).toBe('key-1');
  });

  it('is gone once cleared (after the complaint is filed)', () => {
    saveDraft(draft('น้ำท่วมขัง'));
    clearDraft();
    expect(loadDraft()).toBeNull();
    clearDraft();
    expect(loadDraft()).toBeNull();
  });

  it('treats a damaged stored draft as no draft, so the form still opens', () => {
    localStorage.setItem('tidtam.complaintDraft', '{"draft":');
    expect(loadDraft()).toBeNull();
  });

  it('lets the form work without storage (private browsing, a full store)', () => {
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    vi.stubGlobal('localStorage', { getItem: refuse, setItem: refuse, removeItem: refuse });
    expect(() => saveDraft(draft('ขยะไม่ถูกเก็บ'))).not.toThrow();
    expect(loadDraft()).toBeNull();
    expect(() => clearDraft()).not.toThrow();
  });

  it('gives each draft its own Idempotency-Key, so sending one draft twice files one complaint', () => {
    const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key.length).toBeGreaterThan(8);
  });
});
