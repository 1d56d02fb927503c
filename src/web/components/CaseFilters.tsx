import { useEffect, useState } from 'preact/hooks';
import type { AreaView } from '../../shared/api/areas.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { limits } from '../../shared/limits.ts';
import { Checkbox } from './Checkbox.tsx';
import { SelectField } from './SelectField.tsx';
import { TextField } from './TextField.tsx';

export interface FilterValues {
  q: string;
  kind: string;
  status: string;
  area: string;
  overdue: boolean;
}

export function filtersFromQuery(query: Record<string, string>): FilterValues {
  return {
    q: query['q'] ?? '',
    kind: query['kind'] ?? '',
    status: query['status'] ?? '',
    area: query['area'] ?? '',
    overdue: query['overdue'] === 'true',
  };
}

interface Props {
  values: FilterValues;
  provinces: AreaView[];
  onApply(values: FilterValues): void;
}

/** The case search and filters; what is applied lives in the URL, so a filtered list can be bookmarked and shared. */
export function CaseFilters({ values, provinces, onApply }: Props) {
  const { t, name, locale } = useI18n();
  const [draft, setDraft] = useState(values);
  useEffect(() => setDraft(values), [values.q, values.kind, values.status, values.area, values.overdue]);
  const set =
    <K extends keyof FilterValues>(key: K) =>
    (value: FilterValues[K]) =>
      setDraft((current) => ({ ...current, [key]: value }));

  const any = { value: '', label: t.cases.any };
  const kinds = [any, ...Object.entries(t.caseKind).map(([value, label]) => ({ value, label }))];
  const statuses = [any, ...Object.entries(t.caseStatus).map(([value, label]) => ({ value, label }))];
  const provinceOptions = [
    any,
    ...[...provinces]
      .sort((a, b) => name(a.name).localeCompare(name(b.name), locale))
      .map((province) => ({ value: province.code, label: name(province.name) })),
  ];

  const onSubmit = (event: Event) => {
    event.preventDefault();
    onApply({ ...draft, q: draft.q.trim().slice(0, limits.searchMax) });
  };

  return (
    <form class="filters" role="search" aria-labelledby="filters-title" onSubmit={onSubmit} noValidate>
      <h2 class="heading-m" id="filters-title">
        {t.cases.filters}
      </h2>
      <TextField id="q" type="search" label={t.cases.q} hint={t.cases.qHint} value={draft.q} onInput={set('q')} />
      <div class="filters__row">
        <SelectField id="kind" label={t.cases.kind} value={draft.kind} onChange={set('kind')} options={kinds} />
        <SelectField id="status" label={t.cases.status} value={draft.status} onChange={set('status')} options={statuses} />
        <SelectField id="area" label={t.cases.province} value={draft.area} onChange={set('area')} options={provinceOptions} />
      </div>
      <div class="form-group">
        <Checkbox id="overdue" label={t.cases.overdue} checked={draft.overdue} onChange={set('overdue')} />
      </div>
      <div class="button-group">
        <button type="submit" class="button">
          {t.cases.apply}
        </button>
        <a class="link-secondary" href="/cases">
          {t.cases.clear}
        </a>
      </div>
    </form>
  );
}
