import { getProvinceMap, getReach } from '../../api/delivery.ts';
import type { ReachView as Reach, Tally } from '../../../shared/api/delivery.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { LoadError } from '../LoadError.tsx';
import { SummaryList } from '../SummaryList.tsx';
import { ProvinceReachMap } from './ProvinceReachMap.tsx';
import './delivery.css';

const percent = (tally: Tally) => (tally.assigned === 0 ? 0 : Math.round((tally.acknowledged / tally.assigned) * 100));

function TallyTable({ caption, column, rows }: { caption: string; column: string; rows: (Tally & { key: string; label: string })[] }) {
  const { t } = useI18n();
  return (
    <div class="table-wrap">
      <table class="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{column}</th>
            <th scope="col" class="numeric">
              {t.delivery.reach.assigned}
            </th>
            <th scope="col" class="numeric">
              {t.delivery.reach.acknowledged}
            </th>
            <th scope="col" class="numeric">
              {t.delivery.reach.share}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td class="numeric">{row.assigned}</td>
              <td class="numeric">{row.acknowledged}</td>
              <td class="numeric">{percent(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Acknowledgement reach of a directive or policy: the count, by level and by
 * area grouping, the map, the units that have not acknowledged by name with
 * their inspection zone, and how long acknowledging took.
 */
export function ReachView({ caseId }: { caseId: string }) {
  const { t, name } = useI18n();
  const loaded = useResource(async () => {
    const [reach, map] = await Promise.all([getReach(caseId), getProvinceMap()]);
    return { reach, map };
  }, [caseId]);
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  // No spinner of its own: the case above is already on screen, and one loading marker per page is the rule.
  if (!loaded.data) return null;
  const { reach, map } = loaded.data;
  const groupingRows = (kind: string) =>
    reach.byGrouping.filter((g) => g.kind === kind).map((g) => ({ ...g, key: g.id, label: name(g.name) }));
  const groupingById = new Map(reach.byGrouping.map((g) => [g.id, g]));
  const zoneOf = (unit: Reach['notAcknowledged'][number]) => {
    const zone = unit.groupings.find((g) => g.kind === 'inspection_zone');
    const named = zone && groupingById.get(zone.id);
    return named ? name(named.name) : '—';
  };

  return (
    <section aria-labelledby="reach-title" class="reach" id="reach">
      <h2 class="heading-m" id="reach-title">
        {t.delivery.reach.title}
      </h2>
      <p class="hint">{t.delivery.reach.lead}</p>
      <p class="reach__count">{t.delivery.reach.summary(reach.total.acknowledged, reach.total.assigned)}</p>

      <div class="reach-tables">
        <TallyTable
          caption={t.delivery.reach.byLevel}
          column={t.delivery.reach.levelColumn}
          rows={reach.byLevel.map((l) => ({ ...l, key: l.level, label: t.delivery.reach.level[l.level] ?? l.level }))}
        />
        {reach.byGrouping.length > 0 && (
          <TallyTable
            caption={t.delivery.reach.groupingKind['region']!}
            column={t.delivery.reach.groupingColumn}
            rows={groupingRows('region')}
          />
        )}
      </div>
      {reach.byGrouping.length > 0 && (
        <div class="reach-tables">
          <TallyTable
            caption={t.delivery.reach.groupingKind['inspection_zone']!}
            column={t.delivery.reach.groupingColumn}
            rows={groupingRows('inspection_zone')}
          />
          <TallyTable
            caption={t.delivery.reach.groupingKind['province_group']!}
            column={t.delivery.reach.groupingColumn}
            rows={groupingRows('province_group')}
          />
        </div>
      )}

      {reach.byProvince.length > 0 && <ProvinceReachMap map={map} reach={reach} />}

      <h3 class="heading-s" id="not-acknowledged-title">
        {reach.notAcknowledged.length === 0
          ? t.delivery.reach.allAcknowledged
          : t.delivery.reach.notAcknowledgedTitle(reach.notAcknowledged.length)}
      </h3>
      {reach.notAcknowledged.length > 0 && (
        <div class="table-wrap">
          <table class="table" aria-labelledby="not-acknowledged-title">
            <thead>
              <tr>
                <th scope="col">{t.delivery.reach.unit}</th>
                <th scope="col">{t.delivery.reach.province}</th>
                <th scope="col">{t.delivery.reach.zone}</th>
                <th scope="col" class="numeric">
                  {t.delivery.reach.waiting}
                </th>
              </tr>
            </thead>
            <tbody>
              {reach.notAcknowledged.map((unit) => (
                <tr key={unit.assignmentId} data-unit={unit.unit.code}>
                  <th scope="row">{name(unit.unit.name)}</th>
                  <td>{unit.province ? name(unit.province.name) : '—'}</td>
                  <td>{zoneOf(unit)}</td>
                  <td class="numeric">{t.delivery.reach.hours(unit.waitingHours)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3 class="heading-s">{t.delivery.reach.timingTitle}</h3>
      {reach.timing.medianHours === null ? (
        <p class="body">{t.delivery.reach.noTiming}</p>
      ) : (
        <SummaryList
          rows={[
            { key: t.delivery.reach.median, value: t.delivery.reach.hours(reach.timing.medianHours) },
            {
              key: t.delivery.reach.slowest,
              value: reach.timing.slowest
                ? `${name(reach.timing.slowest.unit.name)} (${t.delivery.reach.hours(reach.timing.slowest.hours)})`
                : '—',
            },
          ]}
        />
      )}
    </section>
  );
}
