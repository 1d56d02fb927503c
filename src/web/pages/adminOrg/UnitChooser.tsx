import { useState } from 'preact/hooks';
import { browseUnitTree, type UnitTreeItem } from '../../api/adminOrg.ts';
import type { ApiError } from '../../api/client.ts';
import { describedBy, ErrorMessage } from '../../components/FormGroup.tsx';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { areaLabelText } from './areaLabelText.ts';
import { useAdminOrgWords } from './useAdminOrgWords.ts';

interface Props {
  id: string;
  legend: string;
  searchLabel: string;
  error?: string | undefined;
  chosen: UnitTreeItem | null;
  onChoose(unit: UnitTreeItem): void;
}

const SHOWN = 10;

/** What a unit is and where it sits, in words: "ศาลากลางจังหวัด · สังกัดกระทรวงมหาดไทย · จังหวัดเชียงใหม่". */
export function useUnitDescription() {
  const { t, name, locale } = useI18n();
  const adminOrg = useAdminOrgWords();
  return (unit: UnitTreeItem) =>
    [
      t.unitKind[unit.kind],
      unit.parentName ? `${adminOrg.units.parentLabel}${locale === 'th' ? '' : ' '}${name(unit.parentName)}` : '',
      unit.area.length > 0 ? areaLabelText(unit.area, locale) : '',
    ]
      .filter(Boolean)
      .join(' · ');
}

/**
 * Choose one unit by searching its name: the first ten matches as radios, each with its kind,
 * parent and area so two offices of the same name can be told apart. Enter in the box searches
 * instead of sending the form. The search box carries `id`, so the error summary focuses it.
 */
export function UnitChooser({ id, legend, searchLabel, error, chosen, onChoose }: Props) {
  const { name, locale } = useI18n();
  const adminOrg = useAdminOrgWords();
  const words = adminOrg.chooser;
  const describe = useUnitDescription();
  const [text, setText] = useState('');
  const [found, setFound] = useState<{ items: UnitTreeItem[]; total: number } | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const number = (n: number) => n.toLocaleString(locale === 'th' ? 'th-TH' : 'en-GB');

  const search = async () => {
    const q = text.trim().slice(0, 100);
    if (!q) return;
    try {
      const page = await browseUnitTree({ q, limit: SHOWN });
      setFound({ items: page.items, total: page.total });
      setFailure(null);
    } catch (problem) {
      setFailure(problem as ApiError);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void search();
  };

  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset class="fieldset" aria-describedby={describedBy(id, true, error)}>
        <legend class="fieldset__legend">{legend}</legend>
        <p class="body" id={`${id}-chosen`} aria-live="polite">
          <strong>{chosen ? words.chosen(name(chosen.name)) : words.nothingChosen}</strong>
        </p>
        {error && <ErrorMessage id={id} text={error} />}
        <label class="label" for={id}>
          {searchLabel}
        </label>
        <div class="hint" id={`${id}-hint`}>
          {words.hint}
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
            {words.button}
          </button>
        </div>
        <div aria-live="polite">
          {failure && <p class="error-message">{failure.text(locale)}</p>}
          {found && <p class="hint">{found.total === 0 ? words.none : words.found(number(found.items.length), number(found.total))}</p>}
        </div>
        {found && found.items.length > 0 && (
          <div class="radios">
            {found.items.map((unit) => (
              <div class="radios__item" key={unit.id}>
                <input
                  class="radios__input"
                  type="radio"
                  id={`${id}-${unit.id}`}
                  name={`${id}-choice`}
                  value={unit.id}
                  checked={chosen?.id === unit.id}
                  onChange={() => onChoose(unit)}
                  aria-describedby={`${id}-${unit.id}-hint`}
                />
                <label class="radios__label" for={`${id}-${unit.id}`}>
                  {name(unit.name)}
                </label>
                <div class="hint radios__hint" id={`${id}-${unit.id}-hint`}>
                  {describe(unit)}
                </div>
              </div>
            ))}
          </div>
        )}
      </fieldset>
    </div>
  );
}
