import { useCallback, useEffect, useState } from 'react';

/**
 * Forms keep what was typed in this tab (sessionStorage), so that a sign-in that ends (idle,
 * expired) loses nothing: signing in again as the same person shows the form as it was. A
 * deliberate sign-out, or another person signing in in this tab, drops every draft.
 */
const DRAFT_PREFIX = 'rpa-readiness.draft.';
const DRAFT_OWNER_KEY = 'rpa-readiness.draft-owner';

interface StoredDraft<T> {
  value: T;
}

/** Drafts belong to one person: another person signing in in this tab starts with none. */
export function claimDrafts(userId: string): void {
  if (sessionStorage.getItem(DRAFT_OWNER_KEY) !== userId) discardAllDrafts();
  sessionStorage.setItem(DRAFT_OWNER_KEY, userId);
}

export function discardAllDrafts(): void {
  for (const key of Object.keys(sessionStorage)) {
    if (key.startsWith(DRAFT_PREFIX)) sessionStorage.removeItem(key);
  }
  sessionStorage.removeItem(DRAFT_OWNER_KEY);
}

function readDraft<T>(key: string): T | undefined {
  const raw = sessionStorage.getItem(DRAFT_PREFIX + key);
  if (raw === null) return undefined;
  try {
    return (JSON.parse(raw) as StoredDraft<T>).value;
  } catch {
    return undefined;
  }
}

/**
 * A form's state kept as a draft under `key` (one per form and record). `restored` says whether
 * the form opened from a draft (a screen says so); `discard` drops it once saved or abandoned.
 */
export interface Draft<T> {
  value: T;
  setValue: (next: T | ((current: T) => T)) => void;
  /** The form opened from a draft, not yet saved or discarded. */
  restored: boolean;
  /** Drops the draft (saved, or abandoned), showing `resetTo` when given. */
  discard: (resetTo?: T) => void;
}

export function useDraft<T>(key: string, initial: () => T): Draft<T> {
  // Read once: whether a draft was there and its value come from the same reading.
  const [stored] = useState(() => readDraft<T>(key));
  const [restored, setRestored] = useState(stored !== undefined);
  const [value, setValue] = useState<T>(() => stored ?? initial());
  const [kept, setKept] = useState(restored);

  useEffect(() => {
    if (!kept) return;
    sessionStorage.setItem(DRAFT_PREFIX + key, JSON.stringify({ value } satisfies StoredDraft<T>));
  }, [key, value, kept]);

  const update = useCallback((next: T | ((current: T) => T)) => {
    setKept(true);
    setValue(next);
  }, []);

  const discard = useCallback(
    (resetTo?: T) => {
      sessionStorage.removeItem(DRAFT_PREFIX + key);
      setKept(false);
      setRestored(false);
      if (resetTo !== undefined) setValue(resetTo);
    },
    [key],
  );

  return { value, setValue: update, restored, discard };
}
