import type { ComponentChildren } from 'preact';
import { describedBy, FormGroup } from './FormGroup.tsx';

interface Props {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | undefined;
  value: string;
  onInput(value: string): void;
  rows?: number;
  optional?: boolean;
}

export function TextArea({ id, label, hint, error, value, onInput, rows = 5, optional }: Props) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error} optional={optional}>
      <textarea
        class={`textarea${error ? ' input--error' : ''}`}
        id={id}
        name={id}
        rows={rows}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </FormGroup>
  );
}
