import type { Confidence, Rag } from '../../../shared/ratings.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { Tag } from '../StatusTag.tsx';

const ragTones = { green: 'green', amber: 'yellow', red: 'red' } as const;
const confidenceTones = { green: 'green', amber_green: 'turquoise', amber: 'yellow', amber_red: 'purple', red: 'red' } as const;

/** A RAG rating in words (the colour only helps the eye), or "none yet". */
export function RagTag({ rag }: { rag: Rag | null }) {
  const { t } = useI18n();
  if (!rag) return <span class="hint-inline">{t.reports.none}</span>;
  return <Tag tone={ragTones[rag]}>{t.reports.rag[rag] ?? rag}</Tag>;
}

export function ConfidenceTag({ confidence }: { confidence: Confidence | null }) {
  const { t } = useI18n();
  if (!confidence) return <span class="hint-inline">{t.reports.none}</span>;
  return <Tag tone={confidenceTones[confidence]}>{t.reports.confidence[confidence] ?? confidence}</Tag>;
}
