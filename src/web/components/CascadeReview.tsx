import '../styles/reports.css';
import '../styles/cascade.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CascadePreview } from '../../shared/api/assignments.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

interface Props {
  preview: CascadePreview | undefined;
  loading: boolean;
  pageSize: number;
  /** Ask for the page starting at this offset. */
  onPage(offset: number): void;
}

/**
 * Before sending: how many units will receive the work (read out as it changes), how many already
 * have it, and the whole list to check, a page at a time, folded away until asked for.
 */
export function CascadeReview({ preview, loading, pageSize, onPage }: Props) {
  const { t, name } = useI18n();
  const words = t.cascadeTargets;
  const [open, setOpen] = useState(false);
  const range = useRef<HTMLParagraphElement>(null);
  const paged = useRef(false);
  // After "next" or "previous", the new page's range takes focus, so the reader starts at its top.
  useEffect(() => {
    if (!paged.current || !preview) return;
    paged.current = false;
    range.current?.focus();
  }, [preview?.offset]);
  const goTo = (offset: number) => {
    paged.current = true;
    onPage(offset);
  };
  useEffect(() => {
    if (preview?.offset === 0) setOpen((current) => current && preview.total > 0);
  }, [preview?.total]);

  const summary = !preview
    ? loading
      ? words.counting
      : ''
    : preview.willReceive === 0 && preview.alreadyHolding === 0
      ? words.noneReached
      : words.willReceive(preview.willReceive);

  return (
    <div class="cascade-review">
      <p class="cascade-review__count" id="cascade-count" aria-live="polite">
        {summary}
        {preview && preview.alreadyHolding > 0 && (
          <span class="cascade-review__holding"> {words.alreadyHolding(preview.alreadyHolding)}</span>
        )}
      </p>
      {preview && preview.total > 0 && (
        <details class="details" open={open} onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
          <summary class="details__summary">{words.review(preview.total)}</summary>
          <div class="details__text">
            <p class="hint" aria-live="polite" tabIndex={-1} ref={range}>
              {words.reviewRange(preview.offset + 1, preview.offset + preview.items.length, preview.total)}
            </p>
            <ol class="unit-results cascade-review__list" start={preview.offset + 1}>
              {preview.items.map((unit) => (
                <li class="unit-results__item" key={unit.id}>
                  <span>{name(unit.name)}</span>
                  {unit.holds && <span class="hint">{words.holds}</span>}
                </li>
              ))}
            </ol>
            {preview.total > pageSize && (
              <nav class="pagination" aria-label={words.reviewPages}>
                {preview.offset > 0 && (
                  <button type="button" class="link-button" onClick={() => goTo(Math.max(0, preview.offset - pageSize))}>
                    {words.previous}
                  </button>
                )}
                {preview.offset + pageSize < preview.total && (
                  <button type="button" class="link-button pagination__next" onClick={() => goTo(preview.offset + pageSize)}>
                    {words.next}
                  </button>
                )}
              </nav>
            )}
          </div>
        </details>
      )}
    </div>
  );
}
