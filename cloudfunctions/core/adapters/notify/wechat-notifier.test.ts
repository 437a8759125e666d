import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixedClock } from '../../ports/clock';
import type { DocumentStore } from '../../ports/document-store';
import { createSqliteStore } from '../store/sqlite-store';
import { NOTIFY_INDEXES } from './collections';
import { ASSIGNED, describeNotifier } from './notifier.contract';
import {
  createCloudbaseSubscribeApi,
  type SubscribeAnswer,
  type SubscribeMessageApi,
  type SubscribeRequest,
} from './subscribe-message-api';
import { createWechatNotifier } from './wechat-notifier';
import { fitKeywordValue } from './wx-keyword-values';
import { parseWxTemplates, type WxTemplates } from './wx-templates';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function openStore(): Promise<DocumentStore> {
  const dir = mkdtempSync(path.join(tmpdir(), 'linli-wx-'));
  dirs.push(dir);
  const store = await createSqliteStore({ file: path.join(dir, 'linli.sqlite') });
  await store.ensureIndexes(NOTIFY_INDEXES);
  return store;
}

const TEMPLATES: WxTemplates = {
  'repair.assigned': {
    id: 'tmpl-assigned',
    keywords: { item: 'thing1', status: 'phrase2', time: 'time3' },
    page: 'pages/repair/list',
  },
  'repair.resolved': { id: 'tmpl-resolved', keywords: { item: 'thing1' } },
};
const clock = fixedClock(new Date('2026-11-22T06:00:00Z'));

/** WeChat as the adapter sees it: records each request and answers what the test queues (default: sent). */
function fakeWechat() {
  const sent: SubscribeRequest[] = [];
  const answers: (SubscribeAnswer | Error)[] = [];
  const api: SubscribeMessageApi = {
    async send(request) {
      sent.push(request);
      const next = answers.shift() ?? { errcode: 0, errmsg: 'ok' };
      if (next instanceof Error) throw next;
      return next;
    },
  };
  return { api, sent, answers };
}

async function openWechat() {
  const store = await openStore();
  const wechat = fakeWechat();
  const notifier = createWechatNotifier(() => wechat.api, {
    store,
    clock,
    templates: TEMPLATES,
    miniprogramState: 'formal',
  });
  return { store, wechat, notifier };
}

describeNotifier('wechat', async () => {
  const { store, notifier } = await openWechat();
  return { notifier, cleanup: () => store.close() };
});

describe('wechat specifics', () => {
  let opened: Awaited<ReturnType<typeof openWechat>>;
  beforeEach(async () => {
    opened = await openWechat();
    await opened.notifier.recordAnswers(ASSIGNED.openid, { 'repair.assigned': 'accept', 'repair.resolved': 'accept' });
    await opened.notifier.recordAnswers(ASSIGNED.openid, { 'repair.assigned': 'accept' });
  });
  afterEach(() => opened.store.close());

  test('the message carries the template, its keywords filled from the fields and fitted to their types', async () => {
    const long = '厨房水管漏水，已经滴了一整晚，楼下邻居也受影响了';
    await expect(opened.notifier.send({ ...ASSIGNED, fields: { ...ASSIGNED.fields, item: long } })).resolves.toEqual({
      status: 'delivered',
      channel: 'wechat',
      at: '2026-11-22T06:00:00.000Z',
    });
    expect(opened.wechat.sent).toEqual([
      {
        touser: 'demo-owner-zhang',
        template_id: 'tmpl-assigned',
        page: 'pages/repair/detail?id=r1',
        data: {
          thing1: { value: `${[...long].slice(0, 19).join('')}…` },
          phrase2: { value: '已派单' },
          time3: { value: '2026年11月22日 14:00' },
        },
        miniprogram_state: 'formal',
        lang: 'zh_CN',
      },
    ]);
    await opened.notifier.send({ ...ASSIGNED, page: undefined });
    expect(opened.wechat.sent[1]?.page).toBe('pages/repair/list');
  });

  test('43101 means refused or used up: the allowance WeChat no longer has is zeroed here too', async () => {
    opened.wechat.answers.push({ errcode: 43101, errmsg: 'user refuse to accept the msg rid: 1' });
    await expect(opened.notifier.send(ASSIGNED)).resolves.toMatchObject({ status: 'refused', errcode: 43101 });
    await expect(opened.notifier.allowance(ASSIGNED.openid)).resolves.toMatchObject({ 'repair.assigned': 0 });
    await expect(opened.notifier.send(ASSIGNED)).resolves.toMatchObject({ status: 'no-subscription' });
    expect(opened.wechat.sent).toHaveLength(1);
  });

  test('a failure of ours or WeChat’s keeps the allowance for the next message', async () => {
    opened.wechat.answers.push({ errcode: 47003, errmsg: 'argument invalid! data.thing1.value invalid' });
    opened.wechat.answers.push(new Error('socket hang up'));
    await expect(opened.notifier.send(ASSIGNED)).resolves.toMatchObject({ status: 'failed', errcode: 47003 });
    await expect(opened.notifier.send(ASSIGNED)).resolves.toMatchObject({
      status: 'failed',
      detail: expect.stringMatching(/socket hang up/),
    });
    await expect(opened.notifier.allowance(ASSIGNED.openid)).resolves.toMatchObject({ 'repair.assigned': 2 });
    await expect(opened.notifier.send(ASSIGNED)).resolves.toMatchObject({ status: 'delivered' });
  });

  test('a topic without a template, or a notification missing a field the template needs, is not sent', async () => {
    await expect(opened.notifier.send({ ...ASSIGNED, topic: 'bill.due' })).resolves.toMatchObject({
      status: 'failed',
      detail: expect.stringMatching(/no WeChat template/),
    });
    await expect(opened.notifier.send({ ...ASSIGNED, fields: { item: '水管' } })).resolves.toMatchObject({
      status: 'failed',
      detail: expect.stringMatching(/field status/),
    });
    expect(opened.wechat.sent).toHaveLength(0);
    await expect(opened.notifier.allowance(ASSIGNED.openid)).resolves.toMatchObject({ 'repair.assigned': 2 });
  });
});

describe('the CloudBase cloud call', () => {
  const request: SubscribeRequest = {
    touser: 'o1',
    template_id: 't1',
    data: { thing1: { value: 'x' } },
    miniprogram_state: 'formal',
    lang: 'zh_CN',
  };

  test('names subscribeMessage.send, passes the request, and reads WeChat’s errcode from the result', async () => {
    const calls: unknown[] = [];
    const reply = (value: unknown) => ({
      callWxOpenApi: async (options: unknown) => {
        calls.push(options);
        return value;
      },
    });
    await expect(
      createCloudbaseSubscribeApi(() => reply({ result: { errcode: 0, errmsg: 'ok' } })).send(request),
    ).resolves.toEqual({
      errcode: 0,
      errmsg: 'ok',
    });
    expect(calls[0]).toEqual({ apiName: 'subscribeMessage.send', requestData: request });
    await expect(
      createCloudbaseSubscribeApi(() => reply({ result: { errcode: 43101, errmsg: 'user refuse' } })).send(request),
    ).resolves.toEqual({ errcode: 43101, errmsg: 'user refuse' });
    await expect(
      createCloudbaseSubscribeApi(() => reply({ code: 'PERMISSION_DENIED', message: 'no openapi permission' })).send(
        request,
      ),
    ).resolves.toEqual({ errcode: -1, errmsg: 'cloudbase PERMISSION_DENIED: no openapi permission' });
  });
});

describe('template configuration and keyword values', () => {
  test('LINLI_WX_TEMPLATES is JSON naming a template and keywords per topic; a mistake names the variable', () => {
    expect(parseWxTemplates(undefined)).toEqual({});
    expect(parseWxTemplates(JSON.stringify(TEMPLATES))).toEqual(TEMPLATES);
    expect(() => parseWxTemplates('{"repair.assigned": ')).toThrow(/LINLI_WX_TEMPLATES: not JSON/);
    expect(() => parseWxTemplates('{"Repair": {"id": "t", "keywords": {}}}')).toThrow(/LINLI_WX_TEMPLATES/);
    expect(() => parseWxTemplates('{"repair.assigned": {"id": "t", "keywords": {"item": "thing"}}}')).toThrow(
      /LINLI_WX_TEMPLATES/,
    );
  });

  test('values are fitted to what each keyword type accepts', () => {
    expect(fitKeywordValue('thing1', '短文本')).toBe('短文本');
    expect([...fitKeywordValue('thing1', '一'.repeat(30))]).toHaveLength(20);
    expect(fitKeywordValue('phrase2', '处理中请稍候')).toBe('处理中请稍');
    expect(fitKeywordValue('name3', '欧阳一二三四五六七八九')).toBe('欧阳一二三四五六七八');
    expect(fitKeywordValue('name3', 'Alexander Hamilton-Smith')).toBe('Alexander Hamilton-S');
    expect(fitKeywordValue('character_string4', 'R'.repeat(40))).toBe('R'.repeat(32));
    expect(fitKeywordValue('thing5', '第一行\n第二行\u0007')).toBe('第一行 第二行');
    expect(fitKeywordValue('time6', '2026年11月22日 14:00~16:00')).toBe('2026年11月22日 14:00~16:00');
  });
});
