/**
 * Reads the auth-params of a `Digest …` header (WWW-Authenticate or Authorization, RFC 7616 §3.3–3.4). Quoted values
 * may hold commas and backslash escapes; names are case-insensitive, so they come back lower-cased.
 * Returns null when the header is not a well-formed Digest header.
 */
export function parseDigestParams(header: string): Map<string, string> | null {
  const text = header.trim();
  const scheme = /^Digest\s+/i.exec(text);
  if (!scheme) return null;
  const params = new Map<string, string>();
  const param = /([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s",]*))\s*(?:,\s*|$)/y;
  param.lastIndex = scheme[0].length;
  while (param.lastIndex < text.length) {
    const match = param.exec(text);
    if (!match?.[1]) return null;
    const quoted = match[2];
    params.set(match[1].toLowerCase(), quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : (match[3] ?? ''));
  }
  return params.size > 0 ? params : null;
}

/** `name="value"` with the quoting RFC 7616 asks for. */
export function quoteParam(name: string, value: string): string {
  return `${name}="${value.replace(/(["\\])/g, '\\$1')}"`;
}
