import type { z } from 'zod';

/**
 * Chinese words for zod's own issues, for schemas that set none: what staff and residents read beside a field when
 * the server (or a form) refuses input. Install once per process with `z.config({ customError: issueMessageZh })`;
 * a schema's own message always wins. Ids and internal names never appear in these texts.
 */
export function issueMessageZh(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? '必填' : '格式不正确';
    case 'too_small':
      return tooSmall(issue.origin, Number(issue.minimum), issue.inclusive !== false);
    case 'too_big':
      return tooBig(issue.origin, Number(issue.maximum), issue.inclusive !== false);
    case 'invalid_format':
      return FORMATS[issue.format] ?? '格式不正确';
    case 'invalid_value':
      return '不是可选的值';
    case 'unrecognized_keys':
      return '包含不认识的内容';
    case 'not_multiple_of':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return '格式不正确';
    default:
      return undefined;
  }
}

const FORMATS: Record<string, string> = {
  url: '网址格式不正确',
  datetime: '时间格式不正确',
  date: '日期格式不正确',
  email: '邮箱格式不正确',
  regex: '格式不正确',
};

function tooSmall(origin: string, minimum: number, inclusive: boolean): string {
  if (origin === 'string') return minimum <= 1 ? '必填' : `至少 ${minimum} 个字`;
  if (origin === 'array' || origin === 'set') return `至少 ${minimum} 项`;
  return inclusive ? `不能小于 ${minimum}` : `必须大于 ${minimum}`;
}

function tooBig(origin: string, maximum: number, inclusive: boolean): string {
  if (origin === 'string') return `最多 ${maximum} 个字`;
  if (origin === 'array' || origin === 'set') return `最多 ${maximum} 项`;
  return inclusive ? `不能大于 ${maximum}` : `必须小于 ${maximum}`;
}
