import { describe, expect, it } from 'vitest';
import { indicatorRag, plannedValue, ragAgainstPlan } from './trajectoryRag.ts';

// Clinics opened: baseline 0, planned 10 by December, 40 by March.
const up = [
  { period: '2026-12', value: 10 },
  { period: '2027-03', value: 40 },
];
// Single mothers without support (per province): baseline 200, planned down to 100 by June.
const down = [
  { period: '2026-12', value: 200 },
  { period: '2027-06', value: 100 },
];

describe('trajectory and RAG', () => {
  it('reads the planned value at a point, between points on a straight line, and after the last point', () => {
    expect(plannedValue(up, '2026-12')).toBe(10);
    expect(plannedValue(up, '2027-01')).toBe(20);
    expect(plannedValue(up, '2027-02')).toBe(30);
    expect(plannedValue(up, '2027-05')).toBe(40);
    expect(plannedValue(up, '2026-11')).toBeNull();
  });

  it('follows the trajectory for an indicator where more is better', () => {
    // January plans 20 from a baseline of 0: 19 is 95% (green), 16 is 80% (amber), 15.9 is red.
    const rag = (actual: number) => indicatorRag({ actual, trajectory: up, baseline: 0, direction: 'up', period: '2027-01' });
    expect(rag(25)).toBe('green');
    expect(rag(19)).toBe('green');
    expect(rag(18.9)).toBe('amber');
    expect(rag(16)).toBe('amber');
    expect(rag(15.9)).toBe('red');
    // The same actual is green against December's lower plan and red against March's.
    expect(indicatorRag({ actual: 16, trajectory: up, baseline: 0, direction: 'up', period: '2026-12' })).toBe('green');
    expect(indicatorRag({ actual: 16, trajectory: up, baseline: 0, direction: 'up', period: '2027-03' })).toBe('red');
  });

  it('follows the trajectory for an indicator where less is better', () => {
    // March plans 150 from a baseline of 200 (a fall of 50): 152.5 is 95% of it, 160 is 80%.
    const rag = (actual: number) => indicatorRag({ actual, trajectory: down, baseline: 200, direction: 'down', period: '2027-03' });
    expect(rag(140)).toBe('green');
    expect(rag(152.5)).toBe('green');
    expect(rag(155)).toBe('amber');
    expect(rag(160)).toBe('amber');
    expect(rag(161)).toBe('red');
    expect(rag(210)).toBe('red');
  });

  it('judges a period with no planned change by holding the line', () => {
    expect(ragAgainstPlan({ actual: 100, planned: 100, baseline: 100, direction: 'up' })).toBe('green');
    expect(ragAgainstPlan({ actual: 96, planned: 100, baseline: 100, direction: 'up' })).toBe('amber');
    expect(ragAgainstPlan({ actual: 90, planned: 100, baseline: 100, direction: 'up' })).toBe('red');
    expect(ragAgainstPlan({ actual: 104, planned: 100, baseline: 100, direction: 'down' })).toBe('amber');
  });

  it('gives no rating without a value or a plan', () => {
    expect(indicatorRag({ actual: null, trajectory: up, baseline: 0, direction: 'up', period: '2027-01' })).toBeNull();
    expect(indicatorRag({ actual: 5, trajectory: up, baseline: 0, direction: 'up', period: '2026-10' })).toBeNull();
  });
});
