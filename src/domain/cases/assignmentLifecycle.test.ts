import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import {
  assignmentStatuses,
  canTransition,
  isOverdue,
  nextAssignmentStatus,
  type AssignmentAction,
  type AssignmentStatus,
} from './assignmentLifecycle.ts';

describe('assignment lifecycle', () => {
  it('follows sent → acknowledged → in progress → done → accepted', () => {
    let status = nextAssignmentStatus('sent', 'acknowledge');
    expect(status).toBe('acknowledged');
    status = nextAssignmentStatus(status, 'progress');
    expect(status).toBe('in_progress');
    status = nextAssignmentStatus(status, 'complete');
    expect(status).toBe('done');
    expect(nextAssignmentStatus(status, 'accept')).toBe('accepted');
    expect(nextAssignmentStatus(status, 'send_back')).toBe('in_progress');
  });

  it('lets the receiving unit return work before it is done, never after', () => {
    expect(nextAssignmentStatus('sent', 'return')).toBe('returned');
    expect(nextAssignmentStatus('in_progress', 'return')).toBe('returned');
    expect(canTransition('done', 'return')).toBe(false);
    expect(canTransition('accepted', 'return')).toBe(false);
  });

  it('allows cascading only once acknowledged', () => {
    expect(canTransition('sent', 'cascade')).toBe(false);
    expect(nextAssignmentStatus('acknowledged', 'cascade')).toBe('in_progress');
  });

  it('refuses every move a status does not allow with invalid_transition', () => {
    const actions: AssignmentAction[] = ['acknowledge', 'cascade', 'progress', 'complete', 'return', 'accept', 'send_back'];
    let refused = 0;
    for (const status of assignmentStatuses) {
      for (const action of actions) {
        if (canTransition(status, action)) continue;
        refused++;
        expect(() => nextAssignmentStatus(status, action)).toThrow(AppError);
      }
    }
    // accepted and returned are final: nothing moves them.
    expect(actions.filter((a) => canTransition('accepted', a) || canTransition('returned', a))).toEqual([]);
    expect(refused).toBeGreaterThan(20);
  });

  it('lets a complaint be rerouted from any status but returned, and reopened only once done or accepted', () => {
    for (const status of assignmentStatuses) {
      expect(canTransition(status, 'reroute')).toBe(status !== 'returned');
      expect(canTransition(status, 'reopen')).toBe(status === 'done' || status === 'accepted');
    }
    expect(nextAssignmentStatus('done', 'reroute')).toBe('returned');
    expect(nextAssignmentStatus('accepted', 'reopen')).toBe('in_progress');
    expect(() => nextAssignmentStatus('in_progress', 'reopen')).toThrow(AppError);
  });

  it('counts only open work past its due date as overdue', () => {
    const now = new Date('2026-11-22T00:00:00Z');
    const past = new Date('2026-11-21T00:00:00Z');
    expect(isOverdue({ status: 'sent', due_at: past }, now)).toBe(true);
    expect(isOverdue({ status: 'done', due_at: past }, now)).toBe(false);
    expect(isOverdue({ status: 'in_progress', due_at: null }, now)).toBe(false);
    expect(isOverdue({ status: 'acknowledged', due_at: new Date('2026-11-23T00:00:00Z') }, now)).toBe(false);
  });

  const actions: AssignmentAction[] = ['acknowledge', 'cascade', 'progress', 'complete', 'return', 'accept', 'send_back'];

  it('refuses a move in words, never in status or action codes (issue 13, item 12)', () => {
    const refusal = (status: AssignmentStatus, action: AssignmentAction) => {
      try {
        nextAssignmentStatus(status, action);
      } catch (error) {
        return error as AppError;
      }
      throw new Error(`${status} → ${action} was allowed`);
    };
    expect(refusal('acknowledged', 'acknowledge').th).toBe('งานนี้รับทราบแล้ว จึงรับทราบซ้ำไม่ได้');
    expect(refusal('acknowledged', 'acknowledge').message).toBe('This work is already acknowledged, so you cannot acknowledge it again.');
    expect(refusal('sent', 'progress').th).toBe('งานนี้ยังรอการรับทราบ จึงรายงานความคืบหน้าไม่ได้');
    for (const status of assignmentStatuses) {
      for (const action of actions) {
        if (canTransition(status, action)) continue;
        const error = refusal(status, action);
        expect(error.th).not.toMatch(/[A-Za-z_]/);
        expect(error.message).not.toMatch(/_|"/);
      }
    }
  });

  it('is overdue when still not acknowledged past the acknowledgement deadline, even without a due date', () => {
    const now = new Date('2026-11-22T00:00:00Z');
    const missed = new Date('2026-11-21T00:00:00Z');
    expect(isOverdue({ status: 'sent', due_at: null, acknowledge_due_at: missed }, now)).toBe(true);
    expect(isOverdue({ status: 'acknowledged', due_at: null, acknowledge_due_at: missed }, now)).toBe(false);
    expect(isOverdue({ status: 'sent', due_at: null, acknowledge_due_at: new Date('2026-11-23T00:00:00Z') }, now)).toBe(false);
    expect(isOverdue({ status: 'sent', due_at: null, acknowledge_due_at: null }, now)).toBe(false);
  });
});
