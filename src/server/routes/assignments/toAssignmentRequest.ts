import type { AssignmentRequest } from '../../../commands/assignments/createAssignments.ts';
import { endOfThaiDay } from '../../../shared/thaiTime.ts';
import type { AssignBody } from '../cases/caseSchema.ts';

/** From the API's assign body to the command's request: a due day ends at midnight Bangkok time. */
export function toAssignmentRequest(body: AssignBody): AssignmentRequest {
  return {
    targets: body.targets,
    role: body.role ?? 'lead',
    dueAt: body.dueDate ? endOfThaiDay(body.dueDate) : null,
    note: body.note?.trim() || null,
  };
}
