import type { notifyContract, OutputOf, ParsedInputOf } from '@linli/shared';
import { parseWxTemplates } from '../../adapters/notify/wx-templates';
import type { Deps } from '../../deps';
import type { Caller } from '../../ports/identity';

/** `notify.templates`: the WeChat template ids to ask for at a tap; null where this deployment has none. */
export async function getNotifyTemplates(
  deps: Deps,
  _caller: Caller,
  input: ParsedInputOf<typeof notifyContract, 'templates'>,
): Promise<OutputOf<typeof notifyContract, 'templates'>> {
  const templates = parseWxTemplates(deps.config.LINLI_WX_TEMPLATES);
  return {
    templates: [...new Set(input.topics)].map((topic) => ({
      topic,
      templateId: Object.hasOwn(templates, topic) ? (templates[topic]?.id ?? null) : null,
    })),
  };
}
