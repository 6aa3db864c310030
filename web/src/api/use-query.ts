import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql.js';
import { ApiError, requestOnce, toApiError } from './client.js';

export interface QueryState<Result> {
  data: Result | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => Promise<void>;
}

/** Runs a query when its variables change (compared by value); the last answer wins. */
export function useQuery<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables): QueryState<Result> {
  const [data, setData] = useState<Result | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const key = JSON.stringify(variables);
  const latest = useRef(0);

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
    void run();
  }, [run]);

  return { data, error, loading, reload: run };
}
