import { type ReactNode, useEffect, useState } from 'react';
import { ApiError } from '../api/client.js';
import { ErrorNotice } from './forms.js';
import { Loading } from './page.js';

/**
 * Code fetched on first use (charts, the figures panel). Unlike React.lazy, loading can start
 * before anything renders (when a screen is chosen, in parallel with its data), and once the code
 * is there a render uses it at once: the screen's data and its chart arrive in one commit.
 */
export interface LazyModule<Module> {
  load: () => Promise<Module>;
  /** The module if it has arrived, read without waiting. */
  loaded: () => Module | undefined;
}

export function lazyModule<Module>(importer: () => Promise<Module>): LazyModule<Module> {
  let pending: Promise<Module> | undefined;
  let module: Module | undefined;
  const load = () => {
    pending ??= importer().then(
      (arrived) => (module = arrived),
      (error: unknown) => {
        // A failed fetch (network, a deployment in between) may be tried again later.
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  return { load, loaded: () => module };
}

/** Renders `children` with the module, a loading note meanwhile, or a message if it cannot be fetched. */
export function WithModule<Module>({ module, children }: { module: LazyModule<Module>; children: (loaded: Module) => ReactNode }) {
  const [arrived, setArrived] = useState<Module | undefined>(module.loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (arrived) return;
    let current = true;
    module.load().then(
      (loaded) => current && setArrived(() => loaded),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [module, arrived]);
  if (arrived) return <>{children(arrived)}</>;
  return failed ? <ErrorNotice error={new ApiError('NETWORK', 'code not fetched')} /> : <Loading />;
}
