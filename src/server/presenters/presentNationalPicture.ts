import type { NationalPictureResult } from '../../commands/reports/readNationalPicture.ts';
import type { ZonePictureResult } from '../../commands/reports/readZonePicture.ts';
import type { Tally } from '../../domain/reports/tallyDelivery.ts';
import type { DeliveryTally, NationalPicture, ZonePicture } from '../../shared/api/nationalPicture.ts';
import { presentCaseTitle } from './presentCase.ts';

function presentTally(tally: Tally): DeliveryTally {
  const { cases, assigned, acknowledged, reachPercent, overdue, helpNeeded, rag } = tally;
  return { cases, assigned, acknowledged, reachPercent, overdue, helpNeeded, rag };
}

/** The national picture as the browser reads it: case rows, then ministries and zones. */
export function presentNationalPicture(picture: NationalPictureResult): NationalPicture {
  const { byRag, indicatorsOnTrack, indicatorsOffTrack } = picture.totals;
  return {
    asOf: picture.asOf.toISOString(),
    totals: { ...presentTally(picture.totals), byRag, indicatorsOnTrack, indicatorsOffTrack },
    cases: picture.cases.map(({ case: kase, tally, indicators }) => ({
      id: kase.id,
      ref: kase.ref,
      kind: kase.kind as NationalPicture['cases'][number]['kind'],
      title: presentCaseTitle(kase.kind, kase.title),
      priority: kase.priority as NationalPicture['cases'][number]['priority'],
      dueAt: kase.due_at?.toISOString() ?? null,
      confidence: tally.confidence,
      indicators,
      ...presentTally(tally),
    })),
    byMinistry: picture.byMinistry.map(({ unit, tally }) => ({
      key: unit.code,
      nameTh: unit.name_th,
      nameEn: unit.name_en,
      ...presentTally(tally),
    })),
    byZone: picture.byZone.map((zone) => ({
      key: zone.id,
      number: zone.number,
      nameTh: zone.nameTh,
      nameEn: zone.nameEn,
      provinceCount: zone.provinceCount,
      ...presentTally(zone.tally),
    })),
  };
}

/** One inspection zone's provinces with their directives' figures. */
export function presentZonePicture(picture: ZonePictureResult): ZonePicture {
  return {
    zone: { key: picture.zone.id, number: picture.zone.number, nameTh: picture.zone.nameTh, nameEn: picture.zone.nameEn },
    asOf: picture.asOf.toISOString(),
    totals: presentTally(picture.totals),
    provinces: picture.provinces.map(({ province, tally }) => ({
      code: province.code,
      nameTh: province.name_th,
      nameEn: province.name_en,
      ...presentTally(tally),
    })),
  };
}
