import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { parseCkanQuery, parseCkanSort, rangeEnd } from './ckanQuery.ts';

const now = new Date('2026-12-05T10:30:00Z');

describe('CKAN query syntax (q, fq, sort)', () => {
  it('reads what ckanext-harvest sends for an incremental run with organization and group filters', () => {
    const fq = 'organization:a OR organization:b -groups:c metadata_modified:[2026-12-01T09:00:00.123456Z TO *]';
    expect(parseCkanQuery(fq, now, 'fq')).toEqual([
      {
        negated: false,
        any: [
          { kind: 'field', field: 'organization', value: 'a' },
          { kind: 'field', field: 'organization', value: 'b' },
        ],
      },
      { negated: true, any: [{ kind: 'field', field: 'groups', value: 'c' }] },
      {
        negated: false,
        any: [
          {
            kind: 'range',
            field: 'metadata_modified',
            from: Date.parse('2026-12-01T09:00:00.123Z'),
            to: null,
            fromInclusive: true,
            toInclusive: true,
          },
        ],
      },
    ]);
  });

  it('reads +clauses, quoted values, value lists, *:* and free text', () => {
    expect(parseCkanQuery('+tags:"public service" AND groups:(complaints OR policies) *:* ร้องเรียน', now, 'q')).toEqual([
      { negated: false, any: [{ kind: 'field', field: 'tags', value: 'public service' }] },
      {
        negated: false,
        any: [
          { kind: 'field', field: 'groups', value: 'complaints' },
          { kind: 'field', field: 'groups', value: 'policies' },
        ],
      },
      { negated: false, any: [{ kind: 'all' }] },
      { negated: false, any: [{ kind: 'text', value: 'ร้องเรียน' }] },
    ]);
    expect(parseCkanQuery('NOT name:units', now, 'q')).toEqual([
      { negated: true, any: [{ kind: 'field', field: 'name', value: 'units' }] },
    ]);
  });

  it('reads range ends: *, zoned and unzoned times, NOW with date math and rounding, exclusive braces', () => {
    expect(rangeEnd('*', now, 'fq')).toBeNull();
    expect(rangeEnd('2026-01-01T00:00:00', now, 'fq')).toBe(Date.parse('2026-01-01T00:00:00Z'));
    expect(rangeEnd('2026-01-01', now, 'fq')).toBe(Date.parse('2026-01-01T00:00:00Z'));
    expect(rangeEnd('NOW', now, 'fq')).toBe(now.getTime());
    expect(rangeEnd('NOW-1DAY', now, 'fq')).toBe(Date.parse('2026-12-04T10:30:00Z'));
    expect(rangeEnd('NOW-7DAYS/DAY', now, 'fq')).toBe(Date.parse('2026-11-28T00:00:00Z'));
    expect(rangeEnd('NOW/MONTH+1MONTH', now, 'fq')).toBe(Date.parse('2027-01-01T00:00:00Z'));
    const [clause] = parseCkanQuery('metadata_created:{* TO NOW-2HOURS}', now, 'fq');
    expect(clause!.any[0]).toMatchObject({ from: null, to: Date.parse('2026-12-05T08:30:00Z'), toInclusive: false });
  });

  it('refuses what it cannot read with validation_failed', () => {
    for (const bad of ['metadata_modified:[yesterday TO *]', 'name:"open', 'OR name:x', 'name:x OR', 'name:', '(x']) {
      expect(() => parseCkanQuery(bad, now, 'fq'), bad).toThrow(AppError);
    }
  });

  it('reads sort keys and refuses fields CKAN does not sort by', () => {
    expect(parseCkanSort('id asc')).toEqual([{ field: 'id', descending: false }]);
    expect(parseCkanSort('score desc, metadata_modified desc')).toEqual([
      { field: 'score', descending: true },
      { field: 'metadata_modified', descending: true },
    ]);
    expect(parseCkanSort('name')).toEqual([{ field: 'name', descending: false }]);
    expect(() => parseCkanSort('maintainer_email asc')).toThrow(AppError);
    expect(() => parseCkanSort('name sideways')).toThrow(AppError);
  });
});
