/**
 * ARIA attributes for Taro components. The h5 build renders Taro components as custom elements without roles
 * (a Taro Button is not a <button>), so screen readers and browser tests need the role spelled out. Taro's prop
 * types do not declare `role`, hence a spread object; WeChat ignores attributes its components do not know.
 */
export function roleOf(role: string, extra: Record<string, string | number | boolean> = {}): Record<string, string> {
  const attributes: Record<string, string> = { role };
  for (const [key, value] of Object.entries(extra)) attributes[key] = String(value);
  return attributes;
}

/** A tappable View (a row, a tile): announced with its role and reachable by keyboard in the browser build. */
export function tappable(role: 'button' | 'link'): Record<string, string> {
  return roleOf(role, { tabindex: 0 });
}
