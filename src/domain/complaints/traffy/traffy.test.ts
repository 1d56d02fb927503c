import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { districtAt, districtBoundaries } from '../../../db/reference/districtBoundaries.ts';
import { locateBangkokArea, type BangkokDistrict } from './locateBangkokArea.ts';
import { parseTraffyCoords, parseTraffyExport, parseTraffyTimestamp } from './parseTraffyExport.ts';
import { movesToStage, traffyStage, traffyStageTime } from './traffyState.ts';

const file = new URL('../../../../reference-data/complaints/traffy-bangkok-2023-05-11.csv', import.meta.url);

function bangkokDistricts(): BangkokDistrict[] {
  const areas = JSON.parse(readFileSync(new URL('../../../../reference-data/areas.json', import.meta.url), 'utf8')) as {
    districts: { code: string; province_code: string; name_th: string }[];
    subdistricts: { code: string; district_code: string; name_th: string }[];
  };
  const boundaries = districtBoundaries();
  return areas.districts
    .filter((d) => d.province_code === '10')
    .map((d) => ({
      code: d.code,
      nameTh: d.name_th,
      geometry: boundaries.get(d.code) ?? null,
      subdistricts: areas.subdistricts.filter((s) => s.district_code === d.code).map((s) => ({ code: s.code, nameTh: s.name_th })),
    }));
}

describe('reading a Traffy Fondue export', () => {
  it('reads all 1,000 rows of the real file: BOM, multi-label types, lon,lat, +00 times, joined agencies', () => {
    const { rows, problems } = parseTraffyExport(readFileSync(file));
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(1000);
    const first = rows[0]!;
    expect(first.ticketId).toBe('2023-FCX4QQ');
    expect(first.labels).toEqual(['ร้องเรียน']);
    expect(first.codes).toEqual(['general']);
    expect(first.location).toEqual({ lat: 13.81565, lon: 100.87281 });
    expect(first.timestamp.toISOString()).toBe('2023-05-12T13:27:54.482Z');
    expect(first.comment).toContain('\n');
    expect(rows.some((r) => r.labels.length > 1 && r.codes.length > 1)).toBe(true);
    expect(rows.some((r) => r.organizations.length > 1)).toBe(true);
    expect(new Set(rows.map((r) => r.ticketId)).size).toBe(1000);
  });

  it('parses Traffy times and coordinates, and refuses what is not one', () => {
    expect(parseTraffyTimestamp('2023-05-11 04:41:36.046347+00')?.toISOString()).toBe('2023-05-11T04:41:36.046Z');
    expect(parseTraffyTimestamp('2023-05-11 11:41:36+07')?.toISOString()).toBe('2023-05-11T04:41:36.000Z');
    expect(parseTraffyTimestamp('yesterday')).toBeNull();
    expect(parseTraffyCoords('100.5,13.7')).toEqual({ lat: 13.7, lon: 100.5 });
    expect(parseTraffyCoords('')).toBeNull();
    expect(parseTraffyCoords('200,13')).toBeNull();
  });

  it('reports a file without the expected columns instead of importing nonsense', () => {
    const { rows, problems } = parseTraffyExport('a,b\n1,2\n');
    expect(rows).toEqual([]);
    expect(problems[0]?.problem).toMatch(/missing columns/);
  });

  it('finds a Bangkok district for every row, by the district column first', () => {
    const districts = bangkokDistricts();
    expect(districts).toHaveLength(50);
    const { rows } = parseTraffyExport(readFileSync(file));
    const located = rows.map((row) => ({ row, area: locateBangkokArea(row, districts) }));
    expect(located.every(({ area }) => area !== null && area.districtCode.startsWith('10'))).toBe(true);
    expect(located.filter(({ area }) => area?.by === 'district_column')).toHaveLength(996);
    const pathumWan = located.find(({ row }) => row.district === 'ปทุมวัน');
    expect(pathumWan?.area?.districtCode).toBe('1007');
    // Filed in Bang Phli (Samut Prakan), just over Bangkok's border: the nearest Bangkok district, never Samut Prakan's office.
    const bangPhli = located.find(({ row }) => row.district === 'บางพลี');
    expect(bangPhli?.area?.by).toBe('nearest');
  });

  it('finds the district a point lies in when the district column names none', () => {
    const districts = bangkokDistricts();
    // Siam Square, in Pathum Wan (1007).
    const area = locateBangkokArea({ district: '', subdistrict: '', location: { lat: 13.7455, lon: 100.534 } }, districts);
    expect(area).toEqual({ districtCode: '1007', subdistrictCode: null, by: 'point' });
  });
});

describe('placing a point in its district', () => {
  it('finds districts across Thailand, and nothing at sea', () => {
    expect(districtAt({ lat: 13.7455, lon: 100.534 })).toBe('1007'); // Siam Square, Pathum Wan
    expect(districtAt({ lat: 18.7883, lon: 98.9853 })).toBe('5001'); // Chiang Mai old town, Mueang Chiang Mai
    expect(districtAt({ lat: 12.0, lon: 101.0 })).toBeNull(); // Gulf of Thailand
  });
});

describe('Traffy states in Tidtam', () => {
  it('reads each Traffy state label as a stage, unknown labels as waiting', () => {
    expect(['รอรับเรื่อง', 'ส่งต่อ', 'เริ่มดำเนินการ', 'กำลังดำเนินการ', 'เสร็จสิ้น', 'อื่น ๆ', ''].map(traffyStage)).toEqual([
      'waiting',
      'waiting',
      'in_progress',
      'in_progress',
      'finished',
      'waiting',
      'waiting',
    ]);
  });

  it('moves a lead forward to the stage, never back, and not when it was returned', () => {
    expect(movesToStage('sent', 'waiting')).toEqual([]);
    expect(movesToStage('sent', 'in_progress')).toEqual(['acknowledge', 'progress']);
    expect(movesToStage('sent', 'finished')).toEqual(['acknowledge', 'progress', 'complete', 'accept']);
    expect(movesToStage('in_progress', 'finished')).toEqual(['complete', 'accept']);
    expect(movesToStage('done', 'finished')).toEqual(['accept']);
    expect(movesToStage('done', 'in_progress')).toEqual([]);
    expect(movesToStage('accepted', 'in_progress')).toEqual([]);
    expect(movesToStage('returned', 'finished')).toEqual([]);
  });

  it('dates a stage at the last activity, never before the ticket was filed', () => {
    const filed = new Date('2023-05-12T13:27:54.482Z');
    expect(traffyStageTime({ timestamp: filed, lastActivity: new Date('2023-05-12T13:27:54.471Z') })).toEqual(filed);
    expect(traffyStageTime({ timestamp: filed, lastActivity: null })).toEqual(filed);
    const later = new Date('2023-05-13T01:00:00Z');
    expect(traffyStageTime({ timestamp: filed, lastActivity: later })).toEqual(later);
  });

  it('reads the file’s last activity', () => {
    const { rows } = parseTraffyExport(readFileSync(file));
    const finished = rows.find((row) => row.ticketId === '2GY838')!;
    expect(finished.state).toBe('เสร็จสิ้น');
    expect(finished.lastActivity?.toISOString()).toBe('2023-05-12T12:47:31.225Z');
    expect(rows.every((row) => row.lastActivity !== null)).toBe(true);
  });
});
