import { z } from 'zod';
import { issueMessageZh } from './issue-messages';

/** Parses with the Chinese messages as the process-wide fallback would, without touching global config. */
function messages(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input, { error: issueMessageZh });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

test('zod’s own issues read as Chinese a resident or staff member can act on', () => {
  const schema = z
    .object({
      name: z.string().min(1).max(4),
      url: z.url(),
      doors: z.array(z.number().int().min(1).max(8)).min(1),
      vendor: z.enum(['hikvision', 'dahua']),
      at: z.iso.datetime().optional(),
    })
    .strict();
  expect(messages(schema, { name: '', url: 'x', doors: [], vendor: 'acme', at: 'soon', extra: 1 })).toEqual([
    'name: 必填',
    'url: 网址格式不正确',
    'doors: 至少 1 项',
    'vendor: 不是可选的值',
    'at: 时间格式不正确',
    ': 包含不认识的内容',
  ]);
  expect(messages(schema, { name: '五个汉字呀', url: 'https://a.cn', doors: [0, 9, 1.5], vendor: 'dahua' })).toEqual([
    'name: 最多 4 个字',
    'doors.0: 不能小于 1',
    'doors.1: 不能大于 8',
    'doors.2: 格式不正确',
  ]);
  expect(messages(schema, { url: 'https://a.cn', doors: [1], vendor: 'dahua' })).toEqual(['name: 必填']);
});

test('a schema’s own message wins over the fallback', () => {
  expect(messages(z.string().min(1, '请填写设备名称'), '')).toEqual([': 请填写设备名称']);
  expect(messages(z.string().regex(/^\d+$/, '只能是数字'), 'a')).toEqual([': 只能是数字']);
});
