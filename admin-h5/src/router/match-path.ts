export type RouteParams = Record<string, string>;

/**
 * Matches `/approvals/:id` style patterns segment by segment; returns the decoded params, or null when the path
 * does not fit. Trailing slashes are ignored so `#/x/` and `#/x` are the same page.
 */
export function matchPath(pattern: string, path: string): RouteParams | null {
  const want = segmentsOf(pattern);
  const have = segmentsOf(path);
  if (want.length !== have.length) return null;
  const params: RouteParams = {};
  for (const [index, segment] of want.entries()) {
    const actual = have[index] ?? '';
    if (segment.startsWith(':')) {
      const value = safeDecode(actual);
      if (value === null || value === '') return null;
      params[segment.slice(1)] = value;
    } else if (segment !== actual) {
      return null;
    }
  }
  return params;
}

function segmentsOf(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
