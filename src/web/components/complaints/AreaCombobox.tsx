import '../../styles/intake.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { searchAreas } from '../../api/intake.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import type { AreaHitView } from '../../../shared/api/areas.ts';

interface Props {
  id: string;
  label: string;
  hint: string;
  error: string | undefined;
  text: string;
  /** Typed: the chosen area, if any, no longer stands. */
  onText(text: string): void;
  onChoose(area: AreaHitView): void;
}

const SHOWN = 10;

/**
 * The area typed and chosen from the official list, as the WAI-ARIA APG's
 * "list autocomplete" combobox: the list opens as the operator types, the
 * arrow keys move through it (`aria-activedescendant`, focus stays in the
 * box), Enter chooses, Escape closes, and the number found is announced.
 * Each choice is the area's address from itself up ("ตำบลแม่จัน อำเภอแม่จัน
 * จังหวัดเชียงราย"), so two places with one name cannot be confused.
 */
export function AreaCombobox({ id, label, hint, error, text, onText, onChoose }: Props) {
  const { t, name } = useI18n();
  const [found, setFound] = useState<{ q: string; total: number; items: AreaHitView[] } | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const chosenLabel = useRef<string | null>(null);

  useEffect(() => {
    const q = text.trim();
    if (q.length < 2 || q === chosenLabel.current || /^\d+$/.test(q)) {
      setFound(null);
      setOpen(false);
      return;
    }
    const timer = setTimeout(() => {
      searchAreas(q, SHOWN)
        .then((answer) => {
          setFound({ q, total: answer.total, items: answer.items });
          setActive(-1);
          setOpen(true);
        })
        .catch(() => undefined);
    }, 150);
    return () => clearTimeout(timer);
  }, [text]);

  const items = found?.items ?? [];
  const choose = (area: AreaHitView) => {
    chosenLabel.current = name(area.label);
    onChoose(area);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (items.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + items.length) % items.length);
    } else if (event.key === 'Enter' && open && active >= 0 && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      choose(items[active]!);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const listId = `${id}-listbox`;
  const expanded = open && items.length > 0;
  const status = found ? (found.items.length === 0 ? t.intake.areaNone : t.intake.areaCount(found.items.length, found.total)) : '';
  return (
    <div class={`form-group combobox${error ? ' form-group--error' : ''}`}>
      <label class="label" for={id}>
        {label}
      </label>
      <div class="hint" id={`${id}-hint`}>
        {hint}
      </div>
      {error && (
        <p class="error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
      <input
        class={`input${error ? ' input--error' : ''}`}
        id={id}
        name={id}
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded ? 'true' : 'false'}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
        aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
        value={text}
        onInput={(event) => {
          chosenLabel.current = null;
          onText(event.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul class="combobox__list" id={listId} role="listbox" aria-label={label} hidden={!expanded}>
        {items.map((area, index) => (
          <li
            key={area.code}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active ? 'true' : 'false'}
            class={`combobox__option${index === active ? ' combobox__option--active' : ''}`}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(area);
            }}
          >
            {name(area.label)}
          </li>
        ))}
      </ul>
      <div class="visually-hidden" role="status" aria-live="polite">
        {open ? status : ''}
      </div>
      {found && found.items.length === 0 && open && <p class="hint combobox__none">{t.intake.areaNone}</p>}
    </div>
  );
}
