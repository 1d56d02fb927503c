import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ApiError } from '../api/client.ts';
import { listUnits, type UnitQuery } from '../api/endpoints.ts';
import type { UnitListItem } from '../../shared/api/units.ts';

/** Units a page at a time (the API's keyset cursor), gathered into one growing list. */
export function useUnitPages(filter: UnitQuery | null) {
  const [units, setUnits] = useState<UnitListItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const key = JSON.stringify(filter);

  const load = useCallback(
    async (after: string | null, append: boolean) => {
      if (!filter) return;
      setLoading(true);
      try {
        const page = await listUnits({ ...filter, ...(after ? { cursor: after } : {}) });
        setUnits((current) => (append ? [...current, ...page.items] : page.items));
        setCursor(page.nextCursor);
        setError(undefined);
      } catch (failure) {
        setError(failure as ApiError);
      } finally {
        setLoading(false);
      }
    },
    // The filter is compared by value.
    [key],
  );

  useEffect(() => {
    setUnits([]);
    setCursor(null);
    void load(null, false);
  }, [load]);

  return { units, loading, error, loadMore: cursor ? () => void load(cursor, true) : undefined };
}
