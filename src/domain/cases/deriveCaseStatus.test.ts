import { describe, expect, it } from 'vitest';
import { deriveCaseStatus } from './deriveCaseStatus.ts';

describe('case status from its assignments', () => {
  it('is open until a unit acknowledges', () => {
    expect(deriveCaseStatus('open', [])).toBe('open');
    expect(deriveCaseStatus('open', [{ role: 'lead', status: 'sent' }])).toBe('open');
    expect(deriveCaseStatus('open', [{ role: 'lead', status: 'acknowledged' }])).toBe('in_progress');
  });

  it('is completed when every lead and supporting unit is accepted; information copies do not count', () => {
    expect(
      deriveCaseStatus('in_progress', [
        { role: 'lead', status: 'accepted' },
        { role: 'support', status: 'accepted' },
        { role: 'information', status: 'sent' },
      ]),
    ).toBe('completed');
    expect(
      deriveCaseStatus('in_progress', [
        { role: 'lead', status: 'accepted' },
        { role: 'support', status: 'done' },
      ]),
    ).toBe('in_progress');
  });

  it('ignores returned assignments, and never reopens a closed case', () => {
    expect(
      deriveCaseStatus('in_progress', [
        { role: 'lead', status: 'returned' },
        { role: 'lead', status: 'accepted' },
      ]),
    ).toBe('completed');
    expect(deriveCaseStatus('closed', [{ role: 'lead', status: 'sent' }])).toBe('closed');
    expect(deriveCaseStatus('completed', [{ role: 'lead', status: 'in_progress' }])).toBe('in_progress');
  });
});
