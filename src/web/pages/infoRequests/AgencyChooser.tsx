import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import { searchAgencies } from '../../api/infoRequests.ts';
import { describedBy, ErrorMessage } from '../../components/FormGroup.tsx';
import { useI18n } from '../../i18n/I18nContext.tsx';
import type { AgencyChoice } from '../../../shared/api/infoRequests.ts';
import { useInfoRequestWords } from './useInfoRequestWords.ts';

interface Props {
  id: string;
  label: string;
  chosen: AgencyChoice | null;
  onChange(agency: AgencyChoice | null): void;
  error?: string | undefined;
}

/**
 * Find an agency by its Thai or English name or abbreviation and choose one, by keyboard as by touch:
 * Enter in the box searches (it does not send the form), each result is a button named with the
 * agency, "show more" moves focus to the first new result, and "change" brings the search back.
 */
export function AgencyChooser({ id, label, chosen, onChange, error }: Props) {
  const { name, locale } = useI18n();
  const w = useInfoRequestWords().form;
  const [text, setText] = useState('');
  const [results, setResults] = useState<AgencyChoice[] | null>(null);
  const [total, setTotal] = useState(0);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const changed = useRef(false);

  useEffect(() => {
    if (focusIndex === null) return;
    (list.current?.children[focusIndex]?.querySelector('button') as HTMLElement | null)?.focus();
    setFocusIndex(null);
  }, [focusIndex]);
  useEffect(() => {
    if (!chosen && changed.current) input.current?.focus();
  }, [chosen]);

  const fetchPage = async (offset: number) => {
    const q = text.trim().slice(0, 100);
    if (!q) return null;
    try {
      const page = await searchAgencies(q, offset);
      setFailure(null);
      setTotal(page.total);
      return page.items;
    } catch (problem) {
      setFailure(problem as ApiError);
      return null;
    }
  };
  const search = async () => {
    const items = await fetchPage(0);
    if (items) setResults(items);
  };
  const showMore = async () => {
    if (!results) return;
    const items = await fetchPage(results.length);
    if (!items) return;
    setResults([...results, ...items]);
    setFocusIndex(results.length);
  };

  if (chosen) {
    return (
      <div class="form-group">
        <p class="label" id={`${id}-chosen-label`}>
          {w.agencyChosen}
        </p>
        <p class="body" data-testid="chosen-agency">
          <strong>{name(chosen.name)}</strong>
          {chosen.parent && <span class="hint"> · {w.agencyUnder(name(chosen.parent))}</span>}
        </p>
        <button
          type="button"
          class="button button--secondary button--small"
          onClick={() => {
            changed.current = true;
            onChange(null);
          }}
        >
          {w.agencyChange}
        </button>
      </div>
    );
  }

  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <label class="label" for={id}>
        {label}
      </label>
      <div class="hint" id={`${id}-hint`}>
        {w.agencyHint}
      </div>
      {error && <ErrorMessage id={id} text={error} />}
      <div class="search-row">
        <input
          ref={input}
          class={`input input--medium${error ? ' input--error' : ''}`}
          id={id}
          type="search"
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            void search();
          }}
          spellcheck={false}
          autocomplete="off"
          aria-describedby={describedBy(id, true, error)}
        />
        <button type="button" class="button button--secondary" onClick={() => void search()}>
          {w.agencySearch}
        </button>
      </div>
      <div aria-live="polite">
        {failure && <p class="error-message">{failure.text(locale)}</p>}
        {results && <p class="hint">{results.length === 0 ? w.agencyNone : w.agencyShown(results.length, total)}</p>}
      </div>
      {results && results.length > 0 && (
        <ul class="unit-results" ref={list} data-testid="agency-results">
          {results.map((agency) => (
            <li class="unit-results__item" key={agency.id}>
              <span>
                {name(agency.name)}
                {agency.abbreviation && ` (${agency.abbreviation})`}
                {agency.parent && <span class="attachments__meta"> · {w.agencyUnder(name(agency.parent))}</span>}
              </span>
              <button type="button" class="button button--secondary button--small" onClick={() => onChange(agency)}>
                {w.agencyChoose}
                <span class="visually-hidden"> {name(agency.name)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {results && results.length < total && (
        <button type="button" class="button button--secondary button--small" onClick={() => void showMore()}>
          {w.agencyMore}
        </button>
      )}
    </div>
  );
}
