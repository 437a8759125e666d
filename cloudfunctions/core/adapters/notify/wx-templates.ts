import { z } from 'zod';
import { TOPIC } from '../../ports/notifier';

/**
 * Which WeChat subscribe-message template carries each topic, and which of the template's keywords each of the
 * topic's fields fills. Templates are chosen per mini-program account in the WeChat console, so this is deployment
 * configuration (LINLI_WX_TEMPLATES, JSON), e.g.
 *
 *   {"repair.assigned": {"id": "Xyz…", "keywords": {"item": "thing1", "status": "phrase2", "time": "time3"},
 *                        "page": "pages/repair/detail"}}
 *
 * The mini-program asks residents for the same template ids (`wx.requestSubscribeMessage({ tmplIds })`).
 */
const ZWxTemplate = z.object({
  id: z.string().min(1).max(128),
  /** field name → template keyword (`thing1`, `character_string2`, `time3`). */
  keywords: z.record(z.string().min(1), z.string().regex(/^[a-z_]+\d+$/)),
  /** Default page when a notification names none. */
  page: z.string().max(512).optional(),
});
export const ZWxTemplates = z.record(z.string().regex(TOPIC), ZWxTemplate);
export type WxTemplate = z.infer<typeof ZWxTemplate>;
export type WxTemplates = z.infer<typeof ZWxTemplates>;

export function parseWxTemplates(json: string | undefined): WxTemplates {
  if (json === undefined || json.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new Error(`Invalid Linli configuration: LINLI_WX_TEMPLATES: not JSON (${String(error)})`);
  }
  const parsed = ZWxTemplates.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid Linli configuration: LINLI_WX_TEMPLATES: ${problems}`);
  }
  return parsed.data;
}
