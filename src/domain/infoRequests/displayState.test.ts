import { describe, expect, it } from 'vitest';
import { infoRequestDisplayState, mayObject } from './displayState.ts';

const due = new Date('2026-12-20T00:00:00Z');
const long = new Date('2027-01-05T00:00:00Z');
const facts = { state: 'awaiting_response' as const, dueAt: due, longOverdueAt: long, clarificationSince: null };

describe('infoRequestDisplayState', () => {
  it('reads overdue and long overdue from the deadlines while an answer is owed', () => {
    expect(infoRequestDisplayState(facts, new Date('2026-12-19T23:59:59Z'))).toBe('awaiting_response');
    expect(infoRequestDisplayState(facts, due)).toBe('awaiting_response');
    expect(infoRequestDisplayState(facts, new Date(due.getTime() + 1))).toBe('overdue');
    expect(infoRequestDisplayState(facts, long)).toBe('overdue');
    expect(infoRequestDisplayState(facts, new Date(long.getTime() + 1))).toBe('long_overdue');
    expect(infoRequestDisplayState({ ...facts, state: 'transferred' }, new Date(long.getTime() + 1))).toBe('long_overdue');
  });

  it('never calls a paused, answered or withdrawn request overdue', () => {
    expect(infoRequestDisplayState({ ...facts, clarificationSince: due }, new Date(long.getTime() + 1))).toBe('awaiting_response');
    expect(infoRequestDisplayState({ ...facts, dueAt: null, longOverdueAt: null }, new Date('2030-01-01'))).toBe('awaiting_response');
    expect(infoRequestDisplayState({ ...facts, state: 'clarification_needed' }, long)).toBe('clarification_needed');
    expect(infoRequestDisplayState({ ...facts, state: 'refused' }, long)).toBe('refused');
    expect(infoRequestDisplayState({ ...facts, state: 'withdrawn' }, long)).toBe('withdrawn');
  });

  it('offers an objection after a refusal, a partial answer or a late one, not after a full answer', () => {
    expect(mayObject('answered_full', ['answered_full'])).toBe(false);
    expect(mayObject('answered_part', ['answered_part'])).toBe(true);
    expect(mayObject('refused', ['refused'])).toBe(true);
    expect(mayObject('overdue', [])).toBe(true);
    expect(mayObject('awaiting_response', [])).toBe(false);
  });
});
