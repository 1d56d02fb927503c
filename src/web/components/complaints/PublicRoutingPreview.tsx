import { publicRoutingPreview } from '../../api/intake.ts';
import { useRoutingPreview } from '../../complaints/useRoutingPreview.ts';
import type { RoutingPreviewBody } from '../../../shared/api/complaintPreview.ts';
import { RoutingPreviewPanel } from './RoutingPreviewPanel.tsx';

interface Props {
  body: RoutingPreviewBody;
  onChoose(code: string): void;
}

/**
 * The public form's "where will this go", loaded only once the citizen has
 * written enough to ask (a chunk of its own: the form's first load stays
 * within the cheap-phone budget of `test/citizenPageBudget.test.ts`).
 */
export function PublicRoutingPreview({ body, onChoose }: Props) {
  const preview = useRoutingPreview(publicRoutingPreview, body);
  return preview ? <RoutingPreviewPanel preview={preview} chosen={body.categoryCode} onChoose={onChoose} /> : null;
}
