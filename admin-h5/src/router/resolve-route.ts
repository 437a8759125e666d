import { matchPath, type RouteParams } from './match-path';

export interface RouteMatch<R> {
  route: R;
  params: RouteParams;
}

/** The first route whose pattern fits the path, in table order, so specific patterns go before general ones. */
export function resolveRoute<R extends { path: string }>(routes: readonly R[], path: string): RouteMatch<R> | null {
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return null;
}
