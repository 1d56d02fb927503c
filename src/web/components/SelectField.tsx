import type { ComponentChildren } from 'preact';
import { describedBy, FormGroup } from './FormGroup.tsx';

export interface Option {
  value: string;
  label: string;
}

interface Props {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | undefined;
  value: string;
  onChange(value: string): void;
  options: Option[];
}

export function SelectField({ id, label, hint, error, value, onChange, options }: Props) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <select
        class={`select${error ? ' input--error' : ''}`}
        id={id}
        name={id}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
