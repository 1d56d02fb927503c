import { TextField } from '../../components/TextField.tsx';
import { useInfoRequestOpenWords } from './useInfoRequestOpenWords.ts';

/** The words a redaction rule takes out and what stands in their place: one pair of fields for every page that adds a rule. */
export function RedactionRuleFields(props: {
  pattern: string;
  onPattern: (value: string) => void;
  replacement: string;
  onReplacement: (value: string) => void;
  patternError: string | undefined;
}) {
  const words = useInfoRequestOpenWords();
  return (
    <>
      <TextField
        id="pattern"
        label={words.pattern}
        value={props.pattern}
        onInput={props.onPattern}
        error={props.patternError}
        maxLength={200}
      />
      <TextField
        id="replacement"
        label={words.replacement}
        hint={words.replacementHint}
        value={props.replacement}
        onInput={props.onReplacement}
        optional
        maxLength={100}
        width="medium"
      />
    </>
  );
}
