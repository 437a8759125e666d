import { createFakeCloud } from '../../../test/fake-cloud';
import { taroStub } from '../../../test/taro-stub';
import { askForRepairNotices, loadNoticeTemplates } from './repair-notices';

const mockCloud = createFakeCloud();
jest.mock('./repair-call', () => {
  const { contracts, createClient } = jest.requireActual('@linli/shared');
  return {
    repairCall: createClient({ contracts, transport: (fn: string, event: never) => mockCloud.transport(fn, event) }),
  };
});

const TEMPLATES = [
  { topic: 'repair.assigned', templateId: 'tmpl-assigned' },
  { topic: 'repair.resolved', templateId: null },
];

/** notify.answer is sent without waiting; let it reach the fake cloud. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  mockCloud.reset();
  taroStub.reset();
  mockCloud.on('notify.answer', () => ({ allowance: { 'repair.assigned': 1 } }));
});

describe('asking for repair notifications', () => {
  it('reads the templates for both repair topics', async () => {
    mockCloud.on('notify.templates', () => ({ templates: TEMPLATES }));
    expect(await loadNoticeTemplates()).toEqual(TEMPLATES);
    expect(mockCloud.callsTo('notify.templates')).toEqual([{ topics: ['repair.assigned', 'repair.resolved'] }]);
  });

  it('answers null when the templates cannot be read, rather than failing the form', async () => {
    expect(await loadNoticeTemplates()).toBeNull();
  });

  it("in WeChat asks only for topics with a template and records WeChat's answers by topic", async () => {
    taroStub.subscribeAnswers = { 'tmpl-assigned': 'accept' };
    expect(await askForRepairNotices(TEMPLATES, true)).toEqual({ 'repair.assigned': 'accept' });
    expect(taroStub.subscribeRequests).toEqual([['tmpl-assigned']]);
    await settle();
    expect(mockCloud.callsTo('notify.answer')).toEqual([{ answers: { 'repair.assigned': 'accept' } }]);
  });

  it('in WeChat asks nothing when no topic has a template, or the templates are unknown', async () => {
    expect(await askForRepairNotices([{ topic: 'repair.assigned', templateId: null }], true)).toBeNull();
    expect(await askForRepairNotices(null, true)).toBeNull();
    await settle();
    expect(taroStub.subscribeRequests).toEqual([]);
    expect(mockCloud.callsTo('notify.answer')).toEqual([]);
  });

  it('in WeChat treats a failed dialog as no answer, and records nothing', async () => {
    taroStub.subscribeAnswers = null;
    expect(await askForRepairNotices(TEMPLATES, true)).toBeNull();
    await settle();
    expect(mockCloud.callsTo('notify.answer')).toEqual([]);
  });

  it('in the browser asks one question and answers it for every topic', async () => {
    taroStub.confirms = false;
    expect(await askForRepairNotices(null, false)).toEqual({
      'repair.assigned': 'reject',
      'repair.resolved': 'reject',
    });
    expect(taroStub.modals).toEqual([{ title: '接收维修进度通知？', content: '派单和维修完成时通知您。' }]);
    await settle();
    expect(mockCloud.callsTo('notify.answer')).toEqual([
      { answers: { 'repair.assigned': 'reject', 'repair.resolved': 'reject' } },
    ]);
  });

  it('never throws when recording the answer fails', async () => {
    mockCloud.reset(); // notify.answer now answers FN.UNKNOWN_ACTION
    await expect(askForRepairNotices(null, false)).resolves.toEqual({
      'repair.assigned': 'accept',
      'repair.resolved': 'accept',
    });
    await settle();
  });
});
