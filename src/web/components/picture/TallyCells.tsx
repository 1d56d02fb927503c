import type { DeliveryTally } from '../../../shared/api/nationalPicture.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { RagTag } from '../reports/RatingTags.tsx';
import { Tag } from '../StatusTag.tsx';

/** How the picture's tables count, in the reader's language. */
export function useCount(): (n: number) => string {
  const { locale } = useI18n();
  return (n) => n.toLocaleString(locale === 'th' ? 'th-TH' : 'en-GB');
}

/** The reach cell: the share in figures, and the counts beneath it, so nothing rests on colour. */
export function ReachCell({ tally, class: extra }: { tally: DeliveryTally; class?: string }) {
  const { t } = useI18n();
  return (
    <td class={`numeric${extra ? ` ${extra}` : ''}`}>
      {tally.reachPercent === null ? '—' : `${tally.reachPercent}%`}
      <br />
      <span class="hint-inline">{t.picture.reachOf(tally.acknowledged, tally.assigned)}</span>
    </td>
  );
}

/** Worst RAG, overdue units and help asked: the three cells every row of the picture ends with. */
export function StandingCells({ tally }: { tally: DeliveryTally }) {
  const count = useCount();
  return (
    <>
      <td>
        <RagTag rag={tally.rag} />
      </td>
      <td class="numeric">{tally.overdue > 0 ? <Tag tone="red">{count(tally.overdue)}</Tag> : count(0)}</td>
      <td class="numeric">{tally.helpNeeded > 0 ? <Tag tone="purple">{count(tally.helpNeeded)}</Tag> : count(0)}</td>
    </>
  );
}
