import { type AnchorHTMLAttributes, createContext, type MouseEvent, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';

/** Where the app is: every screen has its own address (path and query), so reload and sharing work. */
export interface Location {
  pathname: string;
  search: URLSearchParams;
}

interface Router {
  location: Location;
  navigate: (to: string, options?: { replace?: boolean }) => void;
  /** A link to `to` is about to be followed (the pointer rests on it, or it has focus). */
  intend: (to: string) => void;
}

const RouterContext = createContext<Router | null>(null);

function readLocation(): Location {
  return { pathname: window.location.pathname, search: new URLSearchParams(window.location.search) };
}

function locationOf(to: string): Location {
  const url = new URL(to, window.location.origin);
  return { pathname: url.pathname, search: url.searchParams };
}

/**
 * `onNavigate` learns of every new address before its screen renders, so the screen's data can
 * be asked for at once rather than after the render; `onIntent` of an address a link is about to
 * open, so its data can be on the way before the click.
 */
export function RouterProvider({
  children,
  onNavigate,
  onIntent,
}: {
  children: ReactNode;
  onNavigate?: (location: Location) => void;
  onIntent?: (location: Location) => void;
}) {
  const [location, setLocation] = useState<Location>(readLocation);
  const arrive = useCallback(() => {
    const next = readLocation();
    onNavigate?.(next);
    setLocation(next);
  }, [onNavigate]);
  useEffect(() => {
    window.addEventListener('popstate', arrive);
    return () => window.removeEventListener('popstate', arrive);
  }, [arrive]);
  const navigate = useCallback(
    (to: string, options: { replace?: boolean } = {}) => {
      if (options.replace) window.history.replaceState(null, '', to);
      else window.history.pushState(null, '', to);
      arrive();
      window.scrollTo(0, 0);
    },
    [arrive],
  );
  const intend = useCallback((to: string) => onIntent?.(locationOf(to)), [onIntent]);
  const value = useMemo(() => ({ location, navigate, intend }), [location, navigate, intend]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): Router {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useRouter outside RouterProvider');
  return router;
}

/**
 * How long the pointer must rest on a link, or focus stay on it, before its screen's data is
 * asked for: a person takes longer than this between reaching a link and choosing it, while a
 * pointer passing over the menu or a Tab key going through it asks for nothing.
 */
const INTENT_DELAY_MS = 80;

/** A real link (middle click and "open in new tab" work) that navigates in place on a plain click. */
export function Link({ to, children, onClick: chosen, ...rest }: { to: string; children: ReactNode } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const { navigate, intend } = useRouter();
  const intent = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    // The caller's own handler first (it may prevent the navigation).
    chosen?.(event);
    // Chosen: the screen asks for its data now; a pending intent must not ask again after it.
    clearTimeout(intent.current);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  const approach = () => {
    clearTimeout(intent.current);
    intent.current = setTimeout(() => intend(to), INTENT_DELAY_MS);
  };
  const leave = () => clearTimeout(intent.current);
  useEffect(() => () => clearTimeout(intent.current), []);
  return (
    <a href={to} onClick={onClick} onPointerEnter={approach} onPointerLeave={leave} onFocus={approach} onBlur={leave} {...rest}>
      {children}
    </a>
  );
}

/** Matches `/processes/:id/periods/:periodId` style patterns; returns the named segments or null. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const patternParts = pattern.split('/').filter(Boolean);
  const pathParts = pathname.replace(/\/+$/, '').split('/').filter(Boolean);
  if (patternParts.length !== pathParts.length) return null;
  const params: Record<string, string> = {};
  for (let index = 0; index < patternParts.length; index += 1) {
    const expected = patternParts[index];
    const actual = decodeURIComponent(pathParts[index]);
    if (expected.startsWith(':')) params[expected.slice(1)] = actual;
    else if (expected !== actual) return null;
  }
  return params;
}

/** A path with the query of these values, leaving out empty ones: filters and pages in an address. */
export function addressOf(path: string, values: Record<string, string | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  const query = params.toString();
  return `${path}${query ? `?${query}` : ''}`;
}

/** The current address as a path with its query, e.g. for "return here after signing in". */
export function currentAddress(location: Location): string {
  const query = location.search.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}
