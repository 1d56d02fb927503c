import '../../styles/intake.css';
import { useI18n } from '../../i18n/I18nContext.tsx';
import type { RoutingPreviewView } from '../../../shared/api/complaintPreview.ts';
import { RadioGroup } from '../RadioGroup.tsx';

interface Props {
  preview: RoutingPreviewView;
  /** The category chosen on the form; null: the system chooses (the first suggestion). */
  chosen: string | null;
  onChoose(code: string): void;
}

/**
 * "Where will this go?" before saving (issue #13, item 7): the classifier's
 * top three categories, the first chosen unless the person picks another,
 * and the office the complaint will be sent to, by name, with why. The
 * server makes the same decision on save, so this is what will happen.
 */
export function RoutingPreviewPanel({ preview, chosen, onChoose }: Props) {
  const { t, name } = useI18n();
  // The form's choice shows at once; the office follows when the next answer comes.
  const current = chosen ?? preview.category.code;
  // A category picked from the full list that the classifier did not suggest: the list is what stands.
  const showSuggestions = preview.suggestions.some((s) => s.code === current);
  return (
    <section class="routing-preview" aria-labelledby="routing-preview-title" data-testid="routing-preview">
      <h2 class="heading-s" id="routing-preview-title">
        {t.intake.previewTitle}
      </h2>
      {showSuggestions && (
        <RadioGroup
          id="suggested-category"
          legend={t.intake.previewCategories}
          hint={t.intake.previewCategoriesHint}
          value={current}
          onChange={onChoose}
          options={preview.suggestions.map((s) => ({
            value: s.code,
            label: name(s.name),
            hint: t.intake.previewConfidence(Math.round(s.confidence * 20) * 5),
          }))}
        />
      )}
      <p class="body" aria-live="polite">
        {t.intake.previewUnit}:{' '}
        <span class="routing-preview__unit" data-testid="routing-unit">
          {name(preview.unit.name)}
        </span>
        <br />
        <span class="hint">{t.intake.previewWhy[preview.routedBy]}</span>
      </p>
    </section>
  );
}
