import type { Complainant, PublicComplaintBody } from '../../shared/api/complaints.ts';

/** The public form as typed: the intake body, with the contact fields the form asks for (no consent flag or LINE id). */
export type ComplaintDraft = Omit<PublicComplaintBody, 'complainant'> & {
  complainant: Pick<Complainant, 'name' | 'phone' | 'email' | 'citizenId'> | null;
};

/**
 * The public form keeps its draft on the device (localStorage), so a closed
 * tab or a lost signal loses nothing; a draft the citizen sent while offline
 * is marked `queued` and sent when the browser is back online. Each draft
 * has its own Idempotency-Key: sending it twice files one complaint.
 * Photos are uploaded as they are chosen, so a draft holds their ids.
 */
const KEY = 'tidtam.complaintDraft';

export interface StoredDraft {
  draft: ComplaintDraft & { provinceCode: string; districtCode: string; subdistrictCode: string };
  idempotencyKey: string;
  queued: boolean;
}

export function newIdempotencyKey(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export function loadDraft(): StoredDraft | null {
  try {
    const text = localStorage.getItem(KEY);
    return text ? (JSON.parse(text) as StoredDraft) : null;
  } catch {
    return null;
  }
}

export function saveDraft(stored: StoredDraft): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(stored));
  } catch {
    // Private browsing or a full store: the form still works, only without a kept draft.
  }
}

export function clearDraft(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing kept
  }
}
