import type { UnitListItem } from '../../shared/api/units.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { Checkbox } from './Checkbox.tsx';
import { ErrorMessage } from './FormGroup.tsx';

interface Props {
  /** The id the error summary links to: the first checkbox's. */
  id: string;
  legend: string;
  units: readonly UnitListItem[];
  selected: ReadonlySet<string>;
  onChange(selected: Set<string>): void;
  /** Units that already hold the case: shown, but not to be chosen again. */
  holding: ReadonlySet<string>;
  error?: string | undefined;
  onLoadMore?: (() => void) | undefined;
}

/** Checkboxes of units with "select all", and a running count read out as it changes. */
export function UnitChecklist({ id, legend, units, selected, onChange, holding, error, onLoadMore }: Props) {
  const { t, name } = useI18n();
  const choosable = units.filter((unit) => !holding.has(unit.id));
  const allChosen = choosable.length > 0 && choosable.every((unit) => selected.has(unit.id));

  const toggle = (unitId: string, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(unitId);
    else next.delete(unitId);
    onChange(next);
  };
  const toggleAll = () => onChange(allChosen ? new Set() : new Set(choosable.map((unit) => unit.id)));

  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset class="fieldset" aria-describedby={`${id}-count${error ? ` ${id}-error` : ''}`}>
        <legend class="fieldset__legend">{legend}</legend>
        <p class="hint" id={`${id}-count`} aria-live="polite">
          {t.cascade.selected(selected.size)}
        </p>
        {error && <ErrorMessage id={id} text={error} />}
        {choosable.length > 1 && (
          <p>
            <button type="button" class="button button--secondary button--small" onClick={toggleAll}>
              {allChosen ? t.cascade.selectNone : t.cascade.selectAll}
            </button>
          </p>
        )}
        <div class="checkboxes checkboxes--columns">
          {units.map((unit, index) => {
            const holds = holding.has(unit.id);
            return (
              <Checkbox
                key={unit.id}
                id={index === 0 ? id : `${id}-${unit.code}`}
                label={name(unit.name)}
                checked={holds || selected.has(unit.id)}
                disabled={holds}
                hint={holds ? t.cascade.alreadyHolds : undefined}
                onChange={(checked) => toggle(unit.id, checked)}
              />
            );
          })}
        </div>
        {onLoadMore && (
          <button type="button" class="button button--secondary button--small" onClick={onLoadMore}>
            {t.cascade.loadMore}
          </button>
        )}
      </fieldset>
    </div>
  );
}
