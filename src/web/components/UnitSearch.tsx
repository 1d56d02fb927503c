import '../styles/cascade.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../api/client.ts';
import { listUnits } from '../api/endpoints.ts';
import type { UnitListItem } from '../../shared/api/units.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { describedBy } from './FormGroup.tsx';

interface Props {
  id: string;
  chosen: readonly UnitListItem[];
  onChange(units: UnitListItem[]): void;
  error?: string | undefined;
}

const PAGE = 20;

/**
 * Find units by name or code and gather them into a list; Enter in the box searches instead of
 * sending the form. The results say how many of all the matches are shown ("20 จาก 78") and the
 * next page is added below on request, focus moving to its first unit.
 */
export function UnitSearch({ id, chosen, onChange, error }: Props) {
  const { t, name, locale } = useI18n();
  const [text, setText] = useState('');
  const [results, setResults] = useState<UnitListItem[] | null>(null);
  const [more, setMore] = useState<{ q: string; cursor: string | null; total: number }>({ q: '', cursor: null, total: 0 });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const chosenIds = new Set(chosen.map((unit) => unit.id));

  useEffect(() => {
    if (focusIndex === null) return;
    (list.current?.children[focusIndex] as HTMLElement | undefined)?.focus();
    setFocusIndex(null);
  }, [focusIndex]);

  const fetchPage = async (q: string, cursor: string | null) => {
    try {
      const page = await listUnits({ q, limit: PAGE, ...(cursor ? { cursor } : {}) });
      setFailure(null);
      setMore({ q, cursor: page.nextCursor, total: page.total });
      return page.items;
    } catch (problem) {
      setFailure(problem as ApiError);
      return null;
    }
  };
  const search = async () => {
    const q = text.trim().slice(0, 100);
    if (!q) return;
    const items = await fetchPage(q, null);
    if (items) setResults(items);
  };
  const showMore = async () => {
    const items = await fetchPage(more.q, more.cursor);
    if (!items || !results) return;
    setResults([...results, ...items]);
    setFocusIndex(results.length);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void search();
  };
  const describe = (unit: UnitListItem) => `${unit.code} · ${t.unitKind[unit.kind] ?? unit.kind}`;

  return (
    <div class="unit-search">
      <label class="label" for={id}>
        {t.targets.search}
      </label>
      <div class="hint" id={`${id}-hint`}>
        {t.targets.searchHint}
      </div>
      <div class="search-row">
        <input
          class={`input input--medium${error ? ' input--error' : ''}`}
          id={id}
          type="search"
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          spellcheck={false}
          aria-describedby={describedBy(id, true, error)}
        />
        <button type="button" class="button button--secondary" onClick={() => void search()}>
          {t.targets.searchButton}
        </button>
      </div>
      <div aria-live="polite">
        {failure && <p class="error-message">{failure.text(locale)}</p>}
        {results && <p class="hint">{results.length === 0 ? t.targets.noMatches : t.cascadeTargets.shownOf(results.length, more.total)}</p>}
      </div>
      {results && results.length > 0 && (
        <ul class="unit-results" ref={list}>
          {results.map((unit) => (
            <li class="unit-results__item" key={unit.id} tabIndex={-1}>
              <span>
                {name(unit.name)} <span class="attachments__meta">({describe(unit)})</span>
              </span>
              {/* Stays focusable once added (a disabled button would drop the keyboard user's focus). */}
              <button
                type="button"
                class="button button--secondary button--small"
                aria-disabled={chosenIds.has(unit.id) || undefined}
                onClick={() => !chosenIds.has(unit.id) && onChange([...chosen, unit])}
              >
                {chosenIds.has(unit.id) ? t.targets.added : t.targets.add}
                <span class="visually-hidden"> {name(unit.name)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {results && more.cursor && (
        <p>
          <span class="hint unit-search__shown">{t.cascadeTargets.shownOf(results.length, more.total)}</span>
          <button type="button" class="button button--secondary button--small" onClick={() => void showMore()}>
            {t.cascadeTargets.showMore(Math.min(PAGE, more.total - results.length))}
          </button>
        </p>
      )}
      <h3 class="heading-s">{t.targets.chosen}</h3>
      {chosen.length === 0 ? (
        <p class="hint">{t.targets.noneChosen}</p>
      ) : (
        <ul class="unit-results">
          {chosen.map((unit) => (
            <li class="unit-results__item" key={unit.id}>
              <span>{name(unit.name)}</span>
              <button type="button" class="link-button" onClick={() => onChange(chosen.filter((other) => other.id !== unit.id))}>
                {t.targets.remove}
                <span class="visually-hidden"> {name(unit.name)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
