import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { ApiError, setCsrfToken, setUnauthenticatedHandler } from '../api/client.ts';
import { getSession, signOut as endSession } from '../api/endpoints.ts';
import type { SessionView } from '../../shared/api/session.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signedOut'; expired: boolean }
  | { status: 'failed'; error: ApiError }
  | { status: 'signedIn'; session: SessionView };

interface SessionValue {
  state: SessionState;
  /** The signed-in session; only for pages behind RequireSession. */
  session: SessionView;
  signedIn(session: SessionView): void;
  signOut(): Promise<void>;
  reload(): void;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Who is signed in, asked once of GET /api/session (204: no one); a 401 from any later call ends it. */
export function SessionProvider({ children }: { children: ComponentChildren }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const load = useCallback(() => {
    setState({ status: 'loading' });
    getSession().then(
      (session) => {
        if (!session) return setState({ status: 'signedOut', expired: false });
        setCsrfToken(session.csrfToken);
        setState({ status: 'signedIn', session });
      },
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 401) setState({ status: 'signedOut', expired: false });
        else setState({ status: 'failed', error: error as ApiError });
      },
    );
  }, []);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      setState((current) => (current.status === 'signedIn' ? { status: 'signedOut', expired: true } : current));
    });
    load();
  }, [load]);

  const value = useMemo<SessionValue>(
    () => ({
      state,
      get session() {
        if (state.status !== 'signedIn') throw new Error('No session');
        return state.session;
      },
      signedIn(session) {
        setCsrfToken(session.csrfToken);
        setState({ status: 'signedIn', session });
      },
      async signOut() {
        try {
          await endSession();
        } finally {
          setCsrfToken(null);
          setState({ status: 'signedOut', expired: false });
        }
      },
      reload: load,
    }),
    [state, load],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
