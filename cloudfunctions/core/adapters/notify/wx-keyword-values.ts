/**
 * WeChat refuses a whole subscribe message (47003) when one value breaks its keyword type's rules, so values are
 * fitted before sending: control characters go, and text is cut to the type's length (`thing` ≤ 20 characters,
 * `phrase` ≤ 5, …). A keyword's type is its name without the number (`thing1` → thing). Types with a format of
 * their own (time, date, amount) are passed as they are: the caller formats those.
 */
const LIMITS: Readonly<Record<string, number>> = {
  thing: 20,
  phrase: 5,
  character_string: 32,
  number: 32,
  letter: 32,
  symbol: 5,
  phone_number: 17,
  car_number: 8,
};
/** Types shown as prose, where a cut is marked with an ellipsis; the others must stay within their character set. */
const PROSE = new Set(['thing']);

export function keywordTypeOf(keyword: string): string {
  return keyword.replace(/\d+$/, '');
}

function nameLimit(value: string): number {
  // 10 Chinese characters, or 20 letters when the name has no Chinese in it.
  return /[^\x20-\x7e]/.test(value) ? 10 : 20;
}

export function fitKeywordValue(keyword: string, value: string): string {
  const type = keywordTypeOf(keyword);
  const clean = value.replace(/[\p{Cc}\p{Cf}]+/gu, ' ').trim();
  const limit = type === 'name' ? nameLimit(clean) : LIMITS[type];
  const chars = [...clean];
  if (limit === undefined || chars.length <= limit) return clean;
  return PROSE.has(type) ? `${chars.slice(0, limit - 1).join('')}…` : chars.slice(0, limit).join('');
}
