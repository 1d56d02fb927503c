import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { Loading } from '../components/Loading.tsx';
import { LoadError } from '../components/LoadError.tsx';
import { useSession } from './SessionContext.tsx';

/** Pages for signed-in staff: anyone else is sent to sign in, and brought back here after. */
export function RequireSession({ children }: { children: ComponentChildren }) {
  const { state, reload } = useSession();
  const location = useLocation();

  useEffect(() => {
    if (state.status !== 'signedOut') return;
    const next = encodeURIComponent(location.url);
    location.route(`/signin?next=${next}${state.expired ? '&expired=1' : ''}`, true);
  }, [state, location]);

  if (state.status === 'signedIn') return <>{children}</>;
  if (state.status === 'failed') return <LoadError error={state.error} retry={reload} />;
  return <Loading />;
}
