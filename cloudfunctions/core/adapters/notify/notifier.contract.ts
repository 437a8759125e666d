import type { Notification, Notifier } from '../../ports/notifier';

/**
 * What every Notifier does with allowances, whichever channel it sends through: run against the outbox and against
 * the WeChat adapter (with WeChat answering "sent"), so a flow tested on the local stack meets in production the same
 * `no-subscription` for a resident who never tapped "allow".
 */
export interface NotifierFixture {
  notifier: Notifier;
  cleanup(): Promise<void>;
}

export const ASSIGNED: Notification = {
  topic: 'repair.assigned',
  openid: 'demo-owner-zhang',
  title: '您的报修已派单',
  fields: { item: '厨房水管漏水', status: '已派单', time: '2026年11月22日 14:00' },
  page: 'pages/repair/detail?id=r1',
  subject: { kind: 'repair', id: 'r1' },
};

export function describeNotifier(name: string, open: () => Promise<NotifierFixture>): void {
  describe(`Notifier contract: ${name}`, () => {
    let fixture: NotifierFixture;
    const notifier = () => fixture.notifier;
    beforeEach(async () => {
      fixture = await open();
    });
    afterEach(() => fixture.cleanup());

    test('nothing is sent to a resident who never allowed the topic', async () => {
      await expect(notifier().send(ASSIGNED)).resolves.toMatchObject({ status: 'no-subscription', channel: name });
      await expect(notifier().allowance(ASSIGNED.openid)).resolves.toEqual({});
    });

    test('each accept allows exactly one message of its topic', async () => {
      await notifier().recordAnswers(ASSIGNED.openid, { 'repair.assigned': 'accept', 'repair.resolved': 'reject' });
      await notifier().recordAnswers(ASSIGNED.openid, { 'repair.assigned': 'accept' });
      await expect(notifier().allowance(ASSIGNED.openid)).resolves.toEqual({
        'repair.assigned': 2,
        'repair.resolved': 0,
      });
      await expect(notifier().send(ASSIGNED)).resolves.toMatchObject({ status: 'delivered' });
      await expect(notifier().send(ASSIGNED)).resolves.toMatchObject({ status: 'delivered' });
      await expect(notifier().send(ASSIGNED)).resolves.toMatchObject({ status: 'no-subscription' });
      await expect(notifier().send({ ...ASSIGNED, topic: 'repair.resolved' })).resolves.toMatchObject({
        status: 'no-subscription',
      });
      await expect(notifier().allowance(ASSIGNED.openid)).resolves.toEqual({
        'repair.assigned': 0,
        'repair.resolved': 0,
      });
    });

    test('one allowance is spent once, however many sends race for it', async () => {
      await notifier().recordAnswers(ASSIGNED.openid, { 'repair.assigned': 'accept' });
      const outcomes = await Promise.all(Array.from({ length: 8 }, () => notifier().send(ASSIGNED)));
      expect(outcomes.filter((outcome) => outcome.status === 'delivered')).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome.status === 'no-subscription')).toHaveLength(7);
    });

    test('allowances are per resident', async () => {
      await notifier().recordAnswers('demo-family-li', { 'repair.assigned': 'accept' });
      await expect(notifier().send(ASSIGNED)).resolves.toMatchObject({ status: 'no-subscription' });
      await expect(notifier().send({ ...ASSIGNED, openid: 'demo-family-li' })).resolves.toMatchObject({
        status: 'delivered',
      });
    });

    test('answers that are not answers are refused; a malformed notification fails without throwing', async () => {
      const bad = { 'repair.assigned': 'maybe' } as unknown as Record<string, 'accept'>;
      await expect(notifier().recordAnswers(ASSIGNED.openid, bad)).rejects.toMatchObject({ code: 'VALIDATION.FAILED' });
      await expect(notifier().recordAnswers('../x', { 'repair.assigned': 'accept' })).rejects.toMatchObject({
        code: 'VALIDATION.FAILED',
      });
      await expect(notifier().recordAnswers(ASSIGNED.openid, { 'Repair Assigned': 'accept' })).rejects.toMatchObject({
        code: 'VALIDATION.FAILED',
      });
      await expect(notifier().send({ ...ASSIGNED, topic: 'nope' })).resolves.toMatchObject({ status: 'failed' });
      await expect(notifier().send({ ...ASSIGNED, title: '' })).resolves.toMatchObject({ status: 'failed' });
    });
  });
}
