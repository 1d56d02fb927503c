import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  label: ComponentChildren;
  checked: boolean;
  onChange(checked: boolean): void;
  hint?: ComponentChildren;
  disabled?: boolean;
}

/** One checkbox with its label (and an optional hint) beside it, large enough to hit on a phone. */
export function Checkbox({ id, label, checked, onChange, hint, disabled }: Props) {
  return (
    <div class="checkboxes__item">
      <input
        class="checkboxes__input"
        type="checkbox"
        id={id}
        name={id}
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label class="checkboxes__label" for={id}>
        {label}
      </label>
      {hint && (
        <div class="hint checkboxes__hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
    </div>
  );
}
