import type { notifyContract } from '@linli/shared';
import { codeOf, type FunctionCloud, startFunctionCloud } from '../harness/function-cloud';
import { main } from './index';

let cloud: FunctionCloud<typeof notifyContract>;
beforeAll(async () => {
  process.env.LINLI_WX_TEMPLATES = JSON.stringify({
    'repair.assigned': { id: 'tmpl-assigned', keywords: { item: 'thing1', status: 'phrase2' } },
  });
  cloud = await startFunctionCloud('notify', main.contract, main);
});
afterAll(() => cloud.tearDown());

test('a resident learns which templates to ask for; topics without one come back null', async () => {
  const { templates } = await cloud.ok(cloud.resident('demo-owner-zhang'), 'templates', {
    topics: ['repair.assigned', 'repair.resolved'],
  });
  expect(templates).toEqual([
    { topic: 'repair.assigned', templateId: 'tmpl-assigned' },
    { topic: 'repair.resolved', templateId: null },
  ]);
});

test('each accept at a tap allows one message; other answers allow none', async () => {
  const zhang = cloud.resident('demo-owner-zhang');
  const answers = { 'repair.assigned': 'accept', 'repair.resolved': 'reject' } as const;
  expect(await cloud.ok(zhang, 'answer', { answers })).toEqual({
    allowance: { 'repair.assigned': 1, 'repair.resolved': 0 },
  });
  expect((await cloud.ok(zhang, 'answer', { answers })).allowance['repair.assigned']).toBe(2);
  expect(codeOf(await cloud.call(undefined, 'answer', { answers }))).toBe('AUTH.UNAUTHENTICATED');
  expect(codeOf(await cloud.call(zhang, 'answer', { answers: { 'not a topic': 'accept' } }))).toBe('VALIDATION.FAILED');
});
