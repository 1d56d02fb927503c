import { cascadeAssignment } from '../../src/commands/assignments/cascadeAssignment.ts';
import { reportProgress } from '../../src/commands/assignments/reportProgress.ts';
import { transitionAssignment } from '../../src/commands/assignments/transitionAssignment.ts';
import { createCase } from '../../src/commands/cases/createCase.ts';
import type { Database } from '../../src/db/database.ts';
import type { AssignmentStatus } from '../../src/domain/cases/assignmentLifecycle.ts';
import type { Clock } from '../../src/domain/clock.ts';
import type { Actor, Role } from '../../src/domain/roles.ts';
import { createStaff, unitByCode } from './factories.ts';

/**
 * Builds cases in a given state through the real commands (so every row and
 * event is what production would write), for tests that need "an assignment
 * to Chiang Mai, reported done" without clicking through it.
 */
export class CaseFixtures {
  private readonly actors = new Map<string, Actor>();

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** A coordinator of the unit, made once per unit, to act for it. */
  async actorOf(unitCode: string, role: Role = 'coordinator'): Promise<Actor> {
    const key = `${unitCode}:${role}`;
    let actor = this.actors.get(key);
    if (!actor) {
      actor = (await createStaff(this.db, { role, unitCode })).actor;
      this.actors.set(key, actor);
    }
    return actor;
  }

  /** A directive owned by `ownerCode` (a delivery-unit account when PMDU), sent to `unitCodes`. */
  async directive(input: {
    ownerCode?: string;
    to: string[];
    title?: string;
    body?: string;
  }): Promise<{ caseId: string; assignmentIds: Record<string, string> }> {
    const ownerCode = input.ownerCode ?? 'PMDU';
    const owner = await this.actorOf(ownerCode, ownerCode === 'PMDU' ? 'delivery_unit' : 'coordinator');
    const created = await createCase(
      { db: this.db, clock: this.clock, actor: owner },
      {
        kind: 'directive',
        title: input.title ?? 'ข้อสั่งการทดสอบ',
        body: input.body ?? 'เนื้อหาทดสอบ',
        priority: 'normal',
        category: null,
        areaCode: null,
        dueAt: null,
        details: {},
        assignments: [{ targets: { unitCodes: input.to }, role: 'lead', dueAt: null, note: null }],
      },
    );
    return { caseId: created.id, assignmentIds: await this.assignmentIds(created.id) };
  }

  async assignmentIds(caseId: string): Promise<Record<string, string>> {
    const rows = await this.db.query<{ id: string; code: string }>(
      'select a.id, u.code from assignments a join units u on u.id = a.unit_id where a.case_id = $1',
      [caseId],
    );
    return Object.fromEntries(rows.rows.map((row) => [row.code, row.id]));
  }

  /** Moves an assignment held by `unitCode` forward to `status` through the lifecycle. */
  async bringTo(assignmentId: string, unitCode: string, status: AssignmentStatus): Promise<void> {
    const ctx = { db: this.db, clock: this.clock, actor: await this.actorOf(unitCode) };
    if (status === 'sent') return;
    await transitionAssignment(ctx, assignmentId, 'acknowledge', {});
    if (status === 'acknowledged') return;
    if (status === 'returned') return transitionAssignment(ctx, assignmentId, 'return', { reason: 'ไม่ใช่งานของหน่วย' });
    await reportProgress(ctx, assignmentId, { note: 'กำลังดำเนินการ', attachmentIds: [] });
    if (status === 'in_progress') return;
    await transitionAssignment(ctx, assignmentId, 'complete', {});
    if (status === 'done') return;
    throw new Error(`bringTo ${status} needs the assigning unit`);
  }

  /** Cascades an acknowledged assignment of `fromCode` to `toCodes`; returns the new assignment ids by unit code. */
  async cascade(assignmentId: string, fromCode: string, toCodes: string[]): Promise<Record<string, string>> {
    const result = await cascadeAssignment({ db: this.db, clock: this.clock, actor: await this.actorOf(fromCode) }, assignmentId, {
      targets: { unitCodes: toCodes },
      role: 'lead',
      dueAt: null,
      note: null,
    });
    return Object.fromEntries(result.created.map(({ assignmentId: id, unit }) => [unit.code, id]));
  }

  unit(code: string) {
    return unitByCode(this.db, code);
  }
}
