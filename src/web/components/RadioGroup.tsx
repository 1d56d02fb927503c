import type { ComponentChildren } from 'preact';
import { describedBy, ErrorMessage } from './FormGroup.tsx';

interface Props {
  id: string;
  legend: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | undefined;
  value: string;
  onChange(value: string): void;
  options: { value: string; label: string; hint?: string }[];
  /** Side by side, for two or three short choices. */
  inline?: boolean;
}

/** A fieldset of radios; the first radio carries the group's id, so the error summary can focus it. */
export function RadioGroup({ id, legend, hint, error, value, onChange, options, inline }: Props) {
  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset class="fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend class="fieldset__legend">{legend}</legend>
        {hint && (
          <div class="hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        {error && <ErrorMessage id={id} text={error} />}
        <div class={`radios${inline ? ' radios--inline' : ''}`}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div class="radios__item" key={option.value}>
                <input
                  class="radios__input"
                  type="radio"
                  id={optionId}
                  name={id}
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                  aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
                />
                <label class="radios__label" for={optionId}>
                  {option.label}
                </label>
                {option.hint && (
                  <div class="hint radios__hint" id={`${optionId}-item-hint`}>
                    {option.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
