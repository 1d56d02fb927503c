import type { ComponentChildren } from 'preact';
import { describedBy, FormGroup } from './FormGroup.tsx';

interface Props {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | undefined;
  value: string;
  onInput(value: string): void;
  type?: 'text' | 'password' | 'search';
  autocomplete?: string;
  optional?: boolean;
  maxLength?: number;
  /** Fixed width for short answers (codes, names); full width otherwise. */
  width?: 'short' | 'medium' | 'full';
}

export function TextField({
  id,
  label,
  hint,
  error,
  value,
  onInput,
  type = 'text',
  autocomplete,
  optional,
  maxLength,
  width = 'full',
}: Props) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error} optional={optional}>
      <input
        class={`input input--${width}${error ? ' input--error' : ''}`}
        id={id}
        name={id}
        // Preact's types split <input> by type; these three share every attribute used here.
        type={type as 'text'}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
        autocomplete={autocomplete}
        maxLength={maxLength}
        spellcheck={false}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </FormGroup>
  );
}
