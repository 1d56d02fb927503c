import { useEffect, useState } from 'preact/hooks';
import { listAreas } from '../../api/complaints.ts';
import { ErrorMessage } from '../../components/FormGroup.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useI18n } from '../../i18n/I18nContext.tsx';
import type { AreaView } from '../../../shared/api/areas.ts';
import { useAdminOrgWords } from './useAdminOrgWords.ts';

export interface AreaChoice {
  province: string;
  district: string;
  subdistrict: string;
}

export const noArea: AreaChoice = { province: '', district: '', subdistrict: '' };

/** The most specific area chosen, or null for the whole country. */
export const chosenAreaCode = (area: AreaChoice): string | null => area.subdistrict || area.district || area.province || null;

const BANGKOK = '10';

/**
 * An area as province, district and subdistrict lists, each loaded once its parent is chosen and
 * each with "all of it" first, so a rule can cover a province, a district or one subdistrict; in
 * Bangkok the lists say เขต and แขวง. Keyboard users choose as in any select.
 */
export function AreaPicker({
  value,
  onChange,
  error,
}: {
  value: AreaChoice;
  onChange(area: AreaChoice): void;
  error?: string | undefined;
}) {
  const { name, locale } = useI18n();
  const adminOrg = useAdminOrgWords();
  const words = adminOrg.areaPicker;
  const [provinces, setProvinces] = useState<AreaView[]>([]);
  const [districts, setDistricts] = useState<AreaView[]>([]);
  const [subdistricts, setSubdistricts] = useState<AreaView[]>([]);
  useEffect(() => {
    listAreas({ level: 'province' })
      .then((list) => setProvinces(list.items))
      .catch(() => undefined);
  }, []);
  useEffect(() => {
    if (!value.province) return setDistricts([]);
    listAreas({ level: 'district', parent: value.province })
      .then((list) => setDistricts(list.items))
      .catch(() => undefined);
  }, [value.province]);
  useEffect(() => {
    if (!value.district) return setSubdistricts([]);
    listAreas({ level: 'subdistrict', parent: value.district })
      .then((list) => setSubdistricts(list.items))
      .catch(() => undefined);
  }, [value.district]);
  const bangkok = value.province === BANGKOK;
  const th = locale === 'th';
  const prefixed = (area: AreaView, level: 'province' | 'district' | 'subdistrict') => {
    if (!th) return name(area.name);
    const prefix = { province: bangkok ? '' : 'จังหวัด', district: bangkok ? 'เขต' : 'อำเภอ', subdistrict: bangkok ? 'แขวง' : 'ตำบล' }[level];
    return `${prefix}${area.name.th}`;
  };
  const chosenName = (areas: AreaView[], code: string, level: 'province' | 'district') => {
    const area = areas.find((a) => a.code === code);
    return area ? prefixed(area, level) : '';
  };
  const options = (areas: AreaView[], level: 'province' | 'district' | 'subdistrict', all: string) => [
    { value: '', label: all },
    ...areas.map((area) => ({ value: area.code, label: prefixed(area, level) })),
  ];
  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset class="fieldset" aria-describedby="area-hint">
        <legend class="fieldset__legend">{words.legend}</legend>
        <div class="hint" id="area-hint">
          {words.hint}
        </div>
        {error && <ErrorMessage id="province" text={error} />}
        <SelectField
          id="province"
          label={words.province}
          value={value.province}
          onChange={(province) => onChange({ province, district: '', subdistrict: '' })}
          options={options(provinces, 'province', words.wholeCountry)}
        />
        {districts.length > 0 && (
          <SelectField
            id="district"
            label={bangkok && th ? 'เขต' : words.district}
            value={value.district}
            onChange={(district) => onChange({ ...value, district, subdistrict: '' })}
            options={options(districts, 'district', words.all(chosenName(provinces, value.province, 'province')))}
          />
        )}
        {subdistricts.length > 0 && (
          <SelectField
            id="subdistrict"
            label={bangkok && th ? 'แขวง' : words.subdistrict}
            value={value.subdistrict}
            onChange={(subdistrict) => onChange({ ...value, subdistrict })}
            options={options(subdistricts, 'subdistrict', words.all(chosenName(districts, value.district, 'district')))}
          />
        )}
      </fieldset>
    </div>
  );
}
