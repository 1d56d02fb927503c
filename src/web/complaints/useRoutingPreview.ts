import { useEffect, useState } from 'preact/hooks';
import type { RoutingPreviewBody, RoutingPreviewView } from '../../shared/api/complaintPreview.ts';
import { complaintLimits } from '../../shared/complaintLimits.ts';

/**
 * Where the complaint being written would go, asked again 400 ms after the
 * text, the area or the category last changed (so not on every keystroke),
 * once the description is long enough to be sent. An answer to an older
 * question never replaces a newer one.
 */
export function useRoutingPreview(
  ask: (body: RoutingPreviewBody) => Promise<RoutingPreviewView>,
  body: RoutingPreviewBody,
): RoutingPreviewView | null {
  const [preview, setPreview] = useState<RoutingPreviewView | null>(null);
  const ready = body.description.trim().length >= complaintLimits.descriptionMin;
  useEffect(() => {
    if (!ready) return setPreview(null);
    let current = true;
    const timer = setTimeout(() => {
      ask(body)
        .then((answer) => current && setPreview(answer))
        .catch(() => current && setPreview(null));
    }, 400);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [ready, body.description, body.areaCode, body.categoryCode]);
  return preview;
}
