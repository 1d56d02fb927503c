import { listGroupings } from '../api/endpoints.ts';
import type { GroupingKind, UnitKind } from '../../shared/unitKinds.ts';
import { groupableKinds, type TargetsValue } from '../forms/targets.ts';
import { useResource } from '../hooks/useResource.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { describedBy, ErrorMessage } from './FormGroup.tsx';
import { RadioGroup } from './RadioGroup.tsx';
import { UnitSearch } from './UnitSearch.tsx';

interface Props {
  id: string;
  value: TargetsValue;
  onChange(value: TargetsValue): void;
  /** Offer "assign later" (a new case need not be assigned at once). */
  allowNone?: boolean;
  error?: string | undefined;
}

const groupingOrder: GroupingKind[] = ['inspection_zone', 'province_group', 'region'];

/** Choose the units to send a case to: named ones, or every unit of a kind in an inspection zone, province group or region. */
export function TargetChooser({ id, value, onChange, allowNone, error }: Props) {
  const { t, name } = useI18n();
  const groupings = useResource(listGroupings, []);
  const modes = [
    ...(allowNone ? [{ value: 'none', label: t.targets.modeLater }] : []),
    { value: 'units', label: t.targets.modeUnits },
    { value: 'group', label: t.targets.modeGroup },
  ];
  const set = (patch: Partial<TargetsValue>) => onChange({ ...value, ...patch });

  return (
    <div class="target-chooser">
      <RadioGroup
        id={`${id}-mode`}
        legend={t.targets.legend}
        value={value.mode}
        onChange={(mode) => set({ mode: mode as TargetsValue['mode'] })}
        options={modes}
      />
      {value.mode === 'units' && <UnitSearch id={id} chosen={value.units} onChange={(units) => set({ units })} error={error} />}
      {value.mode === 'group' && (
        <div class={`form-group${error ? ' form-group--error' : ''}`}>
          <label class="label" for={id}>
            {t.targets.unitKind}
          </label>
          {error && <ErrorMessage id={id} text={error} />}
          <select
            class={`select${error ? ' input--error' : ''}`}
            id={id}
            value={value.kind}
            onChange={(event) => set({ kind: event.currentTarget.value as UnitKind | '' })}
            aria-describedby={describedBy(id, false, error)}
          >
            <option value="">{t.targets.chooseKind}</option>
            {groupableKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t.unitKind[kind]}
              </option>
            ))}
          </select>
          <label class="label label--spaced" for={`${id}-grouping`}>
            {t.targets.grouping}
          </label>
          <select
            class="select"
            id={`${id}-grouping`}
            value={value.groupingId}
            onChange={(event) => set({ groupingId: event.currentTarget.value })}
          >
            <option value="">{t.targets.wholeCountry}</option>
            {groupingOrder.map((kind) => (
              <optgroup key={kind} label={t.groupingKind[kind]}>
                {(groupings.data?.items ?? [])
                  .filter((grouping) => grouping.kind === kind)
                  .map((grouping) => (
                    <option key={grouping.id} value={grouping.id}>
                      {name(grouping.name)}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
