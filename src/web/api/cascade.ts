import { api } from './client.ts';
import type { CascadePreview, CascadePreviewBody } from '../../shared/api/assignments.ts';
import { listUnits } from './endpoints.ts';
import type { UnitKind } from '../../shared/unitKinds.ts';

/** Which units a cascade would reach, a page at a time; nothing is sent. */
export const previewCascade = (assignmentId: string, body: CascadePreviewBody) =>
  api.post<CascadePreview>(`/api/assignments/${assignmentId}/cascade/preview`, body);

/** How many units of each kind sit anywhere below a unit: the kinds worth offering, with their counts. */
export async function countKindsBelow(unitId: string, kinds: readonly UnitKind[]): Promise<{ kind: UnitKind; count: number }[]> {
  const pages = await Promise.all(kinds.map((kind) => listUnits({ underId: unitId, kind, limit: 1 })));
  return kinds.map((kind, index) => ({ kind, count: pages[index]!.total })).filter((entry) => entry.count > 0);
}
