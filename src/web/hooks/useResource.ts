import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../api/client.ts';

export interface Resource<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): void;
}

/** Loads data for a page and loads it again when `deps` change; an answer to an older request is ignored. */
export function useResource<T>(load: () => Promise<T>, deps: readonly unknown[]): Resource<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: true });
  const generation = useRef(0);
  const loader = useRef(load);
  loader.current = load;

  const run = useCallback((keepData: boolean) => {
    const mine = ++generation.current;
    setState((current) => ({ data: keepData ? current.data : undefined, loading: true }));
    loader.current().then(
      (data) => mine === generation.current && setState({ data, loading: false }),
      (error: ApiError) => mine === generation.current && setState({ error, loading: false }),
    );
  }, []);

  // The caller names what the load depends on, as with useEffect.
  useEffect(() => run(false), deps);

  const reload = useCallback(() => run(true), [run]);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
