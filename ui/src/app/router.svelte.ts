// The current page, kept in step with the address bar.
import { parseRoute, routeTitle, type Route } from './routes.ts';

/** A check run before leaving the page; return false to stay. */
type LeaveGuard = () => boolean;

const guards = new Set<LeaveGuard>();

export const router = $state<{ route: Route; href: string }>({
  route: parseRoute(location.pathname, location.search),
  href: location.pathname + location.search,
});

function mayLeave(): boolean {
  for (const guard of guards) if (!guard()) return false;
  return true;
}

function settle(): void {
  router.route = parseRoute(location.pathname, location.search);
  router.href = location.pathname + location.search;
  document.title = `${routeTitle(router.route)} · ICS money and beds`;
}

/** Goes to a page within the app, unless a guard (unsaved changes) says no. */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (href === router.href) return;
  if (!mayLeave()) return;
  if (options.replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  settle();
  window.scrollTo(0, 0);
}

/** Registers a guard for as long as the calling component lives (call in $effect). */
export function guardLeaving(guard: LeaveGuard): () => void {
  guards.add(guard);
  return () => guards.delete(guard);
}

/** Starts following the address bar and in-app links. Call once. */
export function startRouter(): void {
  settle();
  window.addEventListener('popstate', () => {
    if (mayLeave()) settle();
    else history.pushState(null, '', router.href);
  });
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, location.href);
    // The API and its documentation (/docs, served by the server, not the app) load as pages of their own.
    if (url.origin !== location.origin || url.pathname.startsWith('/api/') || url.pathname === '/docs' || url.pathname.startsWith('/docs/')) return;
    if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
    event.preventDefault();
    navigate(url.pathname + url.search);
  });
}
