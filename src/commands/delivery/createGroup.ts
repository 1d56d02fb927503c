import { insertGroup } from '../../db/queries/groupQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { canManageGroups } from '../../domain/policies/deliveryPolicy.ts';
import type { CommandContext } from '../context.ts';

export interface CreateGroupInput {
  nameTh: string;
  nameEn: string | null;
  goalTh: string;
  goalEn: string | null;
  reportDueOn: string | null;
  leadUnitCodes: string[];
  memberUnitCodes: string[];
}

/** Sets up an integrated group (seed 001): a goal, lead and member agencies, and the day it reports to the Prime Minister. */
export async function createGroup(ctx: CommandContext, input: CreateGroupInput): Promise<string> {
  const { actor } = ctx;
  if (!canManageGroups(actor)) throw new AppError('forbidden');
  const codes = [...new Set([...input.leadUnitCodes, ...input.memberUnitCodes])];
  return ctx.db.transaction(async (tx) => {
    const units = await tx.query<{ id: string; code: string }>('select id, code from units where code = any($1::text[])', [codes]);
    const idOf = new Map(units.rows.map((row) => [row.code, row.id]));
    const unknown = codes.filter((code) => !idOf.has(code));
    if (unknown.length > 0) {
      throw new AppError('validation_failed', {
        fields: unknown.map((code) => ({
          path: input.leadUnitCodes.includes(code) ? '/leadUnitCodes' : '/memberUnitCodes',
          th: `ไม่พบหน่วยงานรหัส ${code}`,
          en: `There is no unit with code ${code}.`,
        })),
      });
    }
    const lead = new Set(input.leadUnitCodes);
    return insertGroup(tx, {
      ...input,
      unitId: actor.unitId,
      userId: actor.userId,
      now: ctx.clock.now(),
      agencies: codes.map((code) => ({ unitId: idOf.get(code)!, role: lead.has(code) ? 'lead' : 'member' })),
    });
  });
}
