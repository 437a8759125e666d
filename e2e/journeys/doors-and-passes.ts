import type { Page } from 'playwright-core';
import { findAccessibilityProblems } from '../lib/axe';
import { expectThat, type Journey } from '../lib/journey';
import { signInAsResident, signInAsStaff } from '../lib/sign-in';

const GATE = 'dev-cpd-1-gate-1';
const TIMEOUT = { timeout: 20_000 };

/**
 * The doors issue's journey: 张伟 opens 阳光花园 南门 with one tap, gives 刘洋 a one-use pass; 刘洋, in a browser that
 * never signed in, opens the link and the gate, and a second tap is told the pass is used up; 孙物业 sees both
 * entries in the console's access log and the visitor's in the visitor log.
 */
export const doorsAndPasses: Journey = {
  name: 'resident opens a gate and sends a pass, a visitor opens the gate by link, staff see both',
  id: 'doors-and-passes',
  isAppPage: true,
  async run({ page, baseUrl }) {
    await signInAsResident(page, baseUrl, 'demo-owner-zhang');
    await page.locator('[data-testid=open-door-entry]').click(TIMEOUT);
    await page.locator(`[data-testid=open-${GATE}]`).click(TIMEOUT);
    await page.locator(`[data-testid=opened-${GATE}]`).waitFor(TIMEOUT);

    const link = await createPass(page, baseUrl);
    expectThat(link.startsWith(`${baseUrl}/v/`), `the pass link ${link} is not a /v/ link of this stack`);

    const browser = page.context().browser();
    expectThat(browser !== null, 'no browser behind the page');
    const visitorContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    try {
      const visitor = await visitorContext.newPage();
      await visitor.goto(link);
      await visitor.locator('#visitor-pass[data-state=valid]').waitFor(TIMEOUT);
      const host = (await visitor.locator('#visitor-pass').textContent()) ?? '';
      expectThat(host.includes('张* 邀请您来访') && host.includes('刘洋'), `the visitor page says: ${host}`);
      const problems = await findAccessibilityProblems(visitor);
      expectThat(problems.length === 0, `visitor page accessibility:\n      ${problems.join('\n      ')}`);
      await visitor.locator(`[data-testid=open-${GATE}]`).click(TIMEOUT);
      await visitor.locator(`[data-testid=opened-${GATE}]`).waitFor(TIMEOUT);
      // One use only: the page now says the pass is used up.
      await visitor.locator('#visitor-pass[data-state=used_up] #pass-unusable').waitFor(TIMEOUT);
    } finally {
      await visitorContext.close();
    }

    const staffContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    try {
      await checkLogsAsPropertyStaff(await staffContext.newPage(), baseUrl);
    } finally {
      await staffContext.close();
    }
  },
};

async function createPass(page: Page, baseUrl: string): Promise<string> {
  await page.goto(`${baseUrl}/packages/visitor/create/index`);
  await page.locator('#pass-form').waitFor(TIMEOUT);
  await page.locator('[data-testid=create-pass]').click();
  // No name yet: the form says what is missing before anything is sent.
  await page.locator('[data-testid=field-pass-name-error]').waitFor(TIMEOUT);
  await page.getByLabel('访客姓名').fill('刘洋');
  // Every door is offered ticked; this visitor needs only the south gate.
  await page.locator('[data-testid=pick-door-dev-cpd-1-gate-2]').click();
  await page.locator('[data-testid=pick-door-dev-cpd-1-b1-1]').click();
  await page.locator('[data-testid=create-pass]').click();
  await page.locator('#pass-created[data-state=valid]').waitFor(TIMEOUT);
  await page.locator('#pass-qr').waitFor(TIMEOUT);
  return ((await page.locator('#pass-link').textContent()) ?? '').trim();
}

async function checkLogsAsPropertyStaff(staff: Page, baseUrl: string): Promise<void> {
  await signInAsStaff(staff, baseUrl, 'wuye');
  await staff.goto(`${baseUrl}/admin/#/access-log`);
  const rows = staff.locator('tr.access-row', { hasText: '南门' });
  await rows.filter({ hasText: '访客 刘*（张*邀请）' }).first().waitFor(TIMEOUT);
  await rows.filter({ hasText: '张*' }).filter({ hasText: '小程序' }).first().waitFor(TIMEOUT);
  const problems = await findAccessibilityProblems(staff);
  expectThat(problems.length === 0, `access log accessibility:\n      ${problems.join('\n      ')}`);
  await staff.goto(`${baseUrl}/admin/#/visitors`);
  await staff.locator('tr.access-row', { hasText: '访客 刘*（张*邀请）' }).first().waitFor(TIMEOUT);
}
