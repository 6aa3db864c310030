import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql.js';
import { ApiError, requestOnce, takePrefetched, toApiError } from './client.js';

export interface QueryState<Result> {
  data: Result | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => Promise<void>;
}

/** Runs a query when its variables change (compared by value); the last answer wins. */
export function useQuery<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables): QueryState<Result> {
  const key = JSON.stringify(variables);
  // An answer already prefetched is the first render's data; its key is not asked for again.
  const [initial] = useState(() => {
    const arrived = takePrefetched(document, variables);
    return arrived ? { data: arrived.data, key } : null;
  });
  const [data, setData] = useState<Result | null>(initial?.data ?? null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(initial === null);
  const latest = useRef(0);
  const answered = useRef(initial?.key ?? null);

  const run = useCallback(async () => {
    const ticket = ++latest.current;
    setLoading(true);
    try {
      const result = await requestOnce(document, JSON.parse(key) as Variables);
      if (ticket !== latest.current) return;
      setData(result);
      setError(null);
    } catch (caught) {
      if (ticket !== latest.current) return;
      setError(toApiError(caught));
    } finally {
      if (ticket === latest.current) setLoading(false);
    }
  }, [document, key]);

  useEffect(() => {
    if (answered.current === key) return;
    answered.current = null;
    void run();
  }, [run, key]);

  return { data, error, loading, reload: run };
}
