import { Checkbox } from '../../components/Checkbox.tsx';
import type { GroundView } from '../../api/infoRequestAnswers.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';

/** The active legal grounds as checkboxes, each named by its section and its words in the reader's language. */
export function GroundChoices(props: {
  id: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  grounds: GroundView[];
  chosen: string[];
  onChange(codes: string[]): void;
}) {
  const { t, locale } = useI18n();
  const toggle = (code: string, on: boolean) => props.onChange(on ? [...props.chosen, code] : props.chosen.filter((c) => c !== code));
  return (
    <div class={`form-group${props.error ? ' form-group--error' : ''}`}>
      <fieldset class="fieldset" id={props.id} tabIndex={-1} aria-describedby={props.error ? `${props.id}-error` : undefined}>
        <legend class="fieldset__legend">{props.legend}</legend>
        {props.hint && <div class="hint">{props.hint}</div>}
        {props.error && (
          <p class="error-message" id={`${props.id}-error`}>
            {props.error}
          </p>
        )}
        <div class="checkboxes">
          {props.grounds
            .filter((g) => g.active)
            .map((g) => (
              <Checkbox
                key={g.code}
                id={`${props.id}-${g.code}`}
                label={`${t.infoRequestAnswers.section(g)} ${locale === 'th' ? g.nameTh : g.nameEn}`}
                checked={props.chosen.includes(g.code)}
                onChange={(on) => toggle(g.code, on)}
              />
            ))}
        </div>
      </fieldset>
    </div>
  );
}
