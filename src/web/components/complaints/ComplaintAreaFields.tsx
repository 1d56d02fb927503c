import { useEffect, useState } from 'preact/hooks';
import { listAreas } from '../../api/complaints.ts';
import type { AreaView as Area } from '../../../shared/api/areas.ts';
import type { StoredDraft } from '../../complaints/draftStore.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { SelectField } from '../SelectField.tsx';
import { TextField } from '../TextField.tsx';

type Place = Pick<StoredDraft['draft'], 'provinceCode' | 'districtCode' | 'subdistrictCode' | 'address' | 'location'>;

interface Props {
  place: Place;
  update(patch: Partial<Place>): void;
  errorFor(field: string): string | undefined;
  /** A subdistrict was chosen: the form looks for likely duplicates nearby. */
  onSubdistrictChosen(): void;
}

/**
 * Where the problem is, in the public complaint form: the area as province,
 * district and subdistrict (each list loaded once its parent is chosen, so a
 * phone fetches three short lists instead of 7,000 subdistricts), an optional
 * address, and an optional point typed or taken from the device's location.
 */
export function ComplaintAreaFields({ place, update, errorFor, onSubdistrictChosen }: Props) {
  const { t, name } = useI18n();
  const [provinces, setProvinces] = useState<Area[]>([]);
  const [districts, setDistricts] = useState<Area[]>([]);
  const [subdistricts, setSubdistricts] = useState<Area[]>([]);

  useEffect(() => {
    listAreas({ level: 'province' })
      .then((list) => setProvinces(list.items))
      .catch(() => undefined);
  }, []);
  useEffect(() => {
    if (!place.provinceCode) return setDistricts([]);
    listAreas({ level: 'district', parent: place.provinceCode })
      .then((list) => setDistricts(list.items))
      .catch(() => undefined);
  }, [place.provinceCode]);
  useEffect(() => {
    if (!place.districtCode) return setSubdistricts([]);
    listAreas({ level: 'subdistrict', parent: place.districtCode })
      .then((list) => setSubdistricts(list.items))
      .catch(() => undefined);
  }, [place.districtCode]);

  const areaOptions = (areas: Area[]) => [
    { value: '', label: t.complaints.choose },
    ...areas.map((area) => ({ value: area.code, label: name(area.name) })),
  ];

  return (
    <fieldset class="fieldset">
      <legend class="fieldset__legend">{t.complaints.where}</legend>
      <SelectField
        id="province"
        label={t.complaints.province}
        value={place.provinceCode}
        onChange={(value) => update({ provinceCode: value, districtCode: '', subdistrictCode: '' })}
        options={areaOptions(provinces)}
        error={errorFor('province')}
      />
      {districts.length > 0 && (
        <SelectField
          id="district"
          label={t.complaints.district}
          value={place.districtCode}
          onChange={(value) => update({ districtCode: value, subdistrictCode: '' })}
          options={areaOptions(districts)}
        />
      )}
      {subdistricts.length > 0 && (
        <SelectField
          id="subdistrict"
          label={t.complaints.subdistrict}
          value={place.subdistrictCode}
          onChange={(value) => {
            update({ subdistrictCode: value });
            onSubdistrictChosen();
          }}
          options={areaOptions(subdistricts)}
        />
      )}
      <TextField
        id="address"
        label={t.complaints.address}
        value={place.address ?? ''}
        onInput={(value) => update({ address: value })}
        optional
      />
      <div class="form-group">
        <span class="label">{t.complaints.mapPoint}</span>
        <div class="hint">{t.complaints.mapPointHint}</div>
        <div class="inline-fields">
          <TextField
            id="lat"
            label={t.complaints.lat}
            width="short"
            value={place.location ? String(place.location.lat) : ''}
            onInput={(value) =>
              update({
                location: value && Number.isFinite(Number(value)) ? { lat: Number(value), lon: place.location?.lon ?? 0 } : null,
              })
            }
            error={errorFor('lat')}
          />
          <TextField
            id="lon"
            label={t.complaints.lon}
            width="short"
            value={place.location ? String(place.location.lon) : ''}
            onInput={(value) =>
              update({
                location: value && Number.isFinite(Number(value)) ? { lat: place.location?.lat ?? 0, lon: Number(value) } : null,
              })
            }
          />
        </div>
        {'geolocation' in navigator && (
          <button
            type="button"
            class="button button--secondary button--small"
            onClick={() =>
              navigator.geolocation.getCurrentPosition((position) =>
                update({
                  location: { lat: Number(position.coords.latitude.toFixed(6)), lon: Number(position.coords.longitude.toFixed(6)) },
                }),
              )
            }
          >
            {t.complaints.useMyLocation}
          </button>
        )}
      </div>
    </fieldset>
  );
}
