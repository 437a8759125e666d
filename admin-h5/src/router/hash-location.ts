import { useSyncExternalStore } from 'react';

/**
 * Hash routing: the console is plain static files under `/admin/`, so deep links and reloads work on any server
 * (the local cloud, a CDN bucket) without a rewrite rule.
 */
export function currentPath(): string {
  const raw = window.location.hash.replace(/^#/, '');
  const path = raw.split('?')[0] ?? '';
  return path.startsWith('/') ? path : '/';
}

/** The `?a=b` part after the path in the hash (`#/login?next=%2Frooms`). */
export function currentQuery(): URLSearchParams {
  const raw = window.location.hash.replace(/^#/, '');
  const at = raw.indexOf('?');
  return new URLSearchParams(at === -1 ? '' : raw.slice(at + 1));
}

export function hrefOf(path: string): string {
  return `#${path}`;
}

export function navigate(path: string): void {
  window.location.hash = path;
}

/** Like `navigate`, without a history entry: redirects (to login and back) should not trap the back button. */
export function replacePath(path: string): void {
  window.location.replace(`#${path}`);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}
