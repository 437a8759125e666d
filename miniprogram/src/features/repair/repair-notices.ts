import { NOTIFY_TOPICS } from '@linli/shared';
import Taro from '@tarojs/taro';
import { isWeapp } from '../../services/config';
import { repairCall as call } from './repair-call';

/** What a report's household hears about: a worker assigned, the work done. */
export const REPAIR_TOPICS = [NOTIFY_TOPICS.repairAssigned, NOTIFY_TOPICS.repairResolved];

export type NoticeTemplate = { topic: string; templateId: string | null };
type Answer = 'accept' | 'reject' | 'ban' | 'filter';
export type NoticeAnswers = Record<string, Answer>;

const ANSWERS: readonly string[] = ['accept', 'reject', 'ban', 'filter'];
const isAnswer = (value: unknown): value is Answer => typeof value === 'string' && ANSWERS.includes(value);

/**
 * The WeChat templates to ask for, read when the form opens: WeChat shows its subscribe dialog only straight from
 * a tap, so by the time the resident taps 提交 the ids must already be here. null when they could not be read.
 */
export async function loadNoticeTemplates(): Promise<NoticeTemplate[] | null> {
  try {
    return (await call('notify', 'templates', { topics: REPAIR_TOPICS })).templates;
  } catch {
    return null;
  }
}

/** WeChat's subscribe dialog for the topics that have a template; its answers keyed by topic. */
async function askWeChat(templates: readonly NoticeTemplate[] | null): Promise<NoticeAnswers | null> {
  const asked = (templates ?? []).flatMap((t) => (t.templateId ? [{ topic: t.topic, templateId: t.templateId }] : []));
  if (asked.length === 0) return null;
  try {
    // Taro's typings demand Alipay's `entityIds` too; WeChat ignores it.
    const result = await Taro.requestSubscribeMessage({ tmplIds: asked.map((t) => t.templateId), entityIds: [] });
    const answers: NoticeAnswers = {};
    for (const { topic, templateId } of asked) {
      // Answers are keyed by template id, which Taro's result type does not declare.
      const answer: unknown = Reflect.get(result, templateId);
      if (isAnswer(answer)) answers[topic] = answer;
    }
    return Object.keys(answers).length > 0 ? answers : null;
  } catch {
    return null; // Closed, switched off in settings, or too old a WeChat: the report goes ahead without.
  }
}

/** The browser has no WeChat: one plain question stands in for its dialog, answered for every topic. */
async function askInBrowser(): Promise<NoticeAnswers | null> {
  try {
    const { confirm } = await Taro.showModal({
      title: '接收维修进度通知？',
      content: '派单和维修完成时通知您。',
      confirmText: '接收',
      cancelText: '不用了',
    });
    const answer: Answer = confirm ? 'accept' : 'reject';
    return Object.fromEntries(REPAIR_TOPICS.map((topic) => [topic, answer]));
  } catch {
    return null;
  }
}

/**
 * Asks whether to be told about this report's progress, and records the answer. Call it first thing in the tap
 * handler (no await before it) so WeChat accepts the dialog as the resident's own. It never throws and never
 * stops the report: a refusal, a closed dialog or a failed `notify.answer` only means no messages.
 */
export async function askForRepairNotices(
  templates: readonly NoticeTemplate[] | null,
  onWeapp: boolean = isWeapp,
): Promise<NoticeAnswers | null> {
  const answers = onWeapp ? await askWeChat(templates) : await askInBrowser();
  if (answers) void call('notify', 'answer', { answers }).catch(() => undefined);
  return answers;
}
