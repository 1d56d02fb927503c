import { countKindsBelow } from '../api/cascade.ts';
import { listGroupings, listProvinces } from '../api/endpoints.ts';
import { areaKinds, kindsBelow, type CascadeTargets } from '../forms/cascadeTargets.ts';
import { useResource } from '../hooks/useResource.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import type { UnitKind } from '../../shared/unitKinds.ts';
import { LoadError } from './LoadError.tsx';
import { RadioGroup } from './RadioGroup.tsx';
import { SelectField } from './SelectField.tsx';

interface Props {
  /** The unit passing the work down: only kinds found below it are offered. */
  unitId: string;
  value: CascadeTargets;
  onChange(value: CascadeTargets): void;
  errorFor(field: string): string | undefined;
}

/**
 * Every unit of one kind below mine, everywhere or in one province, inspection zone or province
 * group: the kinds offered are those found below the unit, each with how many there are.
 */
export function CascadeByKind({ unitId, value, onChange, errorFor }: Props) {
  const { t, name, locale } = useI18n();
  const words = t.cascadeTargets;
  const kinds = useResource(() => countKindsBelow(unitId, kindsBelow), [unitId]);
  const provinces = useResource(listProvinces, []);
  const groupings = useResource(listGroupings, []);
  const set = (patch: Partial<CascadeTargets>) => onChange({ ...value, ...patch });
  const inArea = value.kind !== '' && areaKinds.includes(value.kind);
  const groupingOptions = (kind: string) =>
    (groupings.data?.items ?? [])
      .filter((grouping) => grouping.kind === kind)
      .sort((a, b) => (a.number ?? 0) - (b.number ?? 0))
      .map((grouping) => ({ value: grouping.id, label: name(grouping.name) }));

  if (kinds.error) return <LoadError error={kinds.error} inline />;
  return (
    <div class="cascade-by-kind">
      <SelectField
        id="targets"
        label={words.kind}
        value={value.kind}
        onChange={(kind) => set({ kind: kind as UnitKind | '' })}
        error={errorFor('targets')}
        options={[
          { value: '', label: words.chooseKind },
          ...(kinds.data ?? []).map(({ kind, count }) => ({ value: kind, label: words.kindOption(t.unitKind[kind], count) })),
        ]}
      />
      {inArea && (
        <RadioGroup
          id="area"
          legend={words.area}
          value={value.area}
          onChange={(area) => set({ area: area as CascadeTargets['area'] })}
          options={[
            { value: 'all', label: words.areaAll },
            { value: 'province', label: words.areaProvince },
            { value: 'zone', label: words.areaZone },
            { value: 'group', label: words.areaGroup },
          ]}
        />
      )}
      {inArea && value.area === 'province' && (
        <SelectField
          id="province-code"
          label={words.province}
          value={value.provinceCode}
          onChange={(provinceCode) => set({ provinceCode })}
          error={errorFor('province-code')}
          options={[
            { value: '', label: words.chooseProvince },
            ...(provinces.data?.items ?? [])
              .map((province) => ({ value: province.code, label: name(province.name) }))
              .sort((a, b) => a.label.localeCompare(b.label, locale)),
          ]}
        />
      )}
      {inArea && value.area === 'zone' && (
        <SelectField
          id="zone-id"
          label={words.zone}
          value={value.zoneId}
          onChange={(zoneId) => set({ zoneId })}
          error={errorFor('zone-id')}
          options={[{ value: '', label: words.chooseZone }, ...groupingOptions('inspection_zone')]}
        />
      )}
      {inArea && value.area === 'group' && (
        <SelectField
          id="group-id"
          label={words.group}
          value={value.groupId}
          onChange={(groupId) => set({ groupId })}
          error={errorFor('group-id')}
          options={[{ value: '', label: words.chooseGroup }, ...groupingOptions('province_group')]}
        />
      )}
    </div>
  );
}
