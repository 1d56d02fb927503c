import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { categoryCodeForTraffyLabel, parseTraffyTypes } from '../categoryLabels.ts';

/**
 * One row of a Traffy Fondue export (Bangkok's open data of citizen reports).
 * The export's quirks are undone here, once: the BOM on the first column
 * name, `{a,b}` multi-label types, `lon,lat` coordinates, `+00` timestamps,
 * comma-joined agencies, comments with newlines inside quotes.
 */
export interface TraffyRow {
  /** 1-based line of the record in the file, for error messages. */
  line: number;
  /** The export's ticket id; rows published without one (Bangkok's anti-corruption reports) get `NOID-` and a hash of their time and place, so re-imports find them again. */
  ticketId: string;
  labels: string[];
  /** Category codes of the labels Tidtam's taxonomy knows, in order. */
  codes: string[];
  organizations: string[];
  comment: string;
  location: { lat: number; lon: number } | null;
  address: string;
  subdistrict: string;
  district: string;
  province: string;
  timestamp: Date;
  /** Traffy's Thai state label (รอรับเรื่อง, กำลังดำเนินการ, เสร็จสิ้น ...): see `traffyState.ts`. */
  state: string;
  /** When the ticket last changed (`last_activity`): for a finished ticket, when it was finished. Null when absent or unreadable. */
  lastActivity: Date | null;
  photoUrl: string | null;
}

export interface TraffyProblem {
  line: number;
  ticketId: string;
  problem: string;
}

/** Traffy writes `2023-05-12 13:27:54.482138+00`; JavaScript wants `2023-05-12T13:27:54.482+00:00`. */
export function parseTraffyTimestamp(value: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(\.\d+)?\s*([+-]\d{2})(?::?(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [, date, time, fraction = '', hours, minutes = '00'] = match;
  const date_ = new Date(`${date}T${time}${fraction.slice(0, 4)}${hours}:${minutes}`);
  return Number.isNaN(date_.getTime()) ? null : date_;
}

/** `100.87281,13.81565` (longitude first) to a point, or null when empty or outside the globe. */
export function parseTraffyCoords(value: string): { lat: number; lon: number } | null {
  const [lonText, latText] = value.split(',').map((part) => part.trim());
  if (!lonText || !latText) return null;
  const lon = Number(lonText);
  const lat = Number(latText);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lat, lon };
}

function syntheticTicketId(record: Record<string, string | undefined>): string {
  const basis = [record.timestamp, record.coords, record.type, record.organization].map((v) => v ?? '').join('|');
  return `NOID-${createHash('sha256').update(basis).digest('hex').slice(0, 12).toUpperCase()}`;
}

const requiredColumns = ['ticket_id', 'type', 'comment', 'coords', 'district', 'timestamp'] as const;

/** Reads a whole export. Rows that cannot be read are answered as problems, not thrown, so an import reports them all. */
export function parseTraffyExport(content: string | Buffer): { rows: TraffyRow[]; problems: TraffyProblem[] } {
  const records = parse(content, { bom: true, columns: true, skip_empty_lines: true, relax_column_count: true, info: true }) as {
    record: Record<string, string | undefined>;
    info: { lines: number };
  }[];
  const rows: TraffyRow[] = [];
  const problems: TraffyProblem[] = [];
  const first = records[0]?.record;
  const missing = first ? requiredColumns.filter((column) => !(column in first)) : [];
  if (missing.length > 0) {
    return { rows, problems: [{ line: 1, ticketId: '', problem: `missing columns: ${missing.join(', ')}` }] };
  }
  for (const { record, info } of records) {
    const timestamp = parseTraffyTimestamp(record.timestamp ?? '');
    const ticketId = (record.ticket_id ?? '').trim() || syntheticTicketId(record);
    if (!timestamp) {
      problems.push({ line: info.lines, ticketId, problem: `timestamp not readable: ${record.timestamp}` });
      continue;
    }
    const labels = parseTraffyTypes(record.type ?? '');
    rows.push({
      line: info.lines,
      ticketId,
      labels,
      codes: labels.map(categoryCodeForTraffyLabel).filter((code): code is string => code !== undefined),
      organizations: (record.organization ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
      comment: (record.comment ?? '').trim(),
      location: parseTraffyCoords(record.coords ?? ''),
      address: (record.address ?? '').trim(),
      subdistrict: (record.subdistrict ?? '').trim(),
      district: (record.district ?? '').trim(),
      province: (record.province ?? '').trim(),
      timestamp: timestamp!,
      state: (record.state ?? '').trim(),
      lastActivity: parseTraffyTimestamp(record.last_activity ?? ''),
      photoUrl: (record.photo ?? '').trim() || null,
    });
  }
  return { rows, problems };
}
