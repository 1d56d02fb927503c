import { AppError } from '../errors.ts';

/**
 * The catalogue is served 100 datasets a page, as ckanext-dcat does by default
 * (`ckanext.dcat.datasets_per_page`), so a harvester reads a large catalogue in pieces and
 * follows the Hydra links from one page to the next.
 */
export const DCAT_DATASETS_PER_PAGE = 100;

export interface DcatPage<T> {
  items: T[];
  /** 1-based. */
  page: number;
  lastPage: number;
  totalItems: number;
  itemsPerPage: number;
  /** The filter the page was made with, carried into the Hydra links. */
  modifiedSince: Date | null;
}

const ISO_DATE_OR_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function invalid(path: string, th: string, en: string): AppError {
  return new AppError('validation_failed', { fields: [{ path, th, en }] });
}

/**
 * `modified_since` as a harvester sends it: an ISO 8601 date (`2026-01-31`) or date and time,
 * with or without an offset (none means UTC, as ckanext-dcat reads it). A date that does not
 * exist (`2026-02-30`) is refused rather than rolled over.
 */
export function parseModifiedSince(value: string | undefined): Date | null {
  if (value === undefined || value === '') return null;
  const match = ISO_DATE_OR_DATE_TIME.exec(value);
  const withZone = match && value.length > 10 && !match[2] ? `${value}Z` : value;
  const parsed = match ? new Date(withZone) : null;
  if (!match || !parsed || Number.isNaN(parsed.getTime()) || !dayExists(match[1]!)) {
    throw invalid(
      '/modified_since',
      'วันที่ต้องอยู่ในรูปแบบ ISO 8601 เช่น 2026-01-31 หรือ 2026-01-31T08:00:00Z',
      'The date must be ISO 8601, such as 2026-01-31 or 2026-01-31T08:00:00Z.',
    );
  }
  return parsed;
}

/** The written calendar day exists: JavaScript may roll 2026-02-30 over to March; a harvester meant no such day. */
function dayExists(day: string): boolean {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const check = new Date(Date.UTC(year, month - 1, date));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === date;
}

/**
 * One page of the catalogue: the datasets modified at or after `modifiedSince` (an incremental
 * harvest's filter; a dataset never exported has no modification time and is left out of a
 * filtered page), in the order given. Page 1 always exists, even empty; a page past the last
 * is refused, so a harvester that miscounts hears so instead of reading an empty catalogue.
 */
export function pageCatalogue<T extends { modifiedAt: string | null }>(
  datasets: readonly T[],
  options: { page?: number | undefined; modifiedSince?: Date | null; perPage?: number } = {},
): DcatPage<T> {
  const perPage = options.perPage ?? DCAT_DATASETS_PER_PAGE;
  const page = options.page ?? 1;
  const since = options.modifiedSince ?? null;
  const matching = since
    ? datasets.filter((dataset) => dataset.modifiedAt !== null && new Date(dataset.modifiedAt).getTime() >= since.getTime())
    : [...datasets];
  const lastPage = Math.max(1, Math.ceil(matching.length / perPage));
  if (!Number.isInteger(page) || page < 1 || page > lastPage) {
    throw invalid('/page', `หน้าต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง ${lastPage}`, `The page must be a whole number from 1 to ${lastPage}.`);
  }
  return {
    items: matching.slice((page - 1) * perPage, page * perPage),
    page,
    lastPage,
    totalItems: matching.length,
    itemsPerPage: perPage,
    modifiedSince: since,
  };
}
