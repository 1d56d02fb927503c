import { describe, expect, it } from 'vitest';
import { infoRequestDisplayState } from './infoRequestClock.ts';

describe('infoRequestDisplayState', () => {
  const dueAt = new Date('2026-03-23T16:59:59.999Z'); // end of Monday 23 March 2026, Bangkok
  const longOverdueAt = new Date('2026-04-20T16:59:59.999Z');
  const awaiting = { state: 'awaiting_response' as const, dueAt, longOverdueAt };

  it('is awaiting until the end of the due day, overdue after it, long overdue after the long-overdue day', () => {
    expect(infoRequestDisplayState(awaiting, new Date('2026-03-23T16:59:59.999Z'))).toBe('awaiting_response');
    expect(infoRequestDisplayState(awaiting, new Date('2026-03-23T17:00:00.000Z'))).toBe('overdue');
    expect(infoRequestDisplayState(awaiting, new Date('2026-04-20T16:59:59.999Z'))).toBe('overdue');
    expect(infoRequestDisplayState(awaiting, new Date('2026-04-20T17:00:00.000Z'))).toBe('long_overdue');
  });

  it('does not run while clarification is needed, and shows other states as stored', () => {
    const late = new Date('2026-05-01T00:00:00Z');
    expect(infoRequestDisplayState({ ...awaiting, state: 'clarification_needed', clarificationSince: dueAt }, late)).toBe(
      'clarification_needed',
    );
    expect(infoRequestDisplayState({ ...awaiting, clarificationSince: dueAt }, late)).toBe('awaiting_response');
    expect(infoRequestDisplayState({ ...awaiting, state: 'answered_full' }, late)).toBe('answered_full');
    expect(infoRequestDisplayState({ ...awaiting, state: 'refused' }, late)).toBe('refused');
  });

  it('stays awaiting without deadlines', () => {
    expect(infoRequestDisplayState({ state: 'awaiting_response', dueAt: null, longOverdueAt: null }, new Date('2030-01-01'))).toBe(
      'awaiting_response',
    );
  });
});
