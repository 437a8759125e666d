import { idNumberCheckChar } from '@linli/shared';
import type { Page } from 'playwright-core';
import { findAccessibilityProblems } from '../lib/axe';
import { expectThat, type Journey } from '../lib/journey';

const ROOM = 'cpd-1-b2-u1-101';
const ID_FIRST_17 = '33010819900101123';
const TIMEOUT = { timeout: 20_000 };

/**
 * The identity issue's journey across both apps: 陈晨, a new WeChat user, applies to bind 阳光花园 2栋 1单元 101 in
 * the h5 build; 孙物业 (property staff of that compound) approves it in the console from another browser; 陈晨's
 * 我的 page then shows the room as 已认证.
 */
export const bindRoom: Journey = {
  name: 'resident applies to bind a room, staff approve it, the resident sees it approved',
  id: 'bind-room',
  isAppPage: true,
  async run({ page, baseUrl }) {
    await applyAsChen(page, baseUrl);

    const browser = page.context().browser();
    expectThat(browser !== null, 'no browser behind the page');
    const staffContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    try {
      const staff = await staffContext.newPage();
      await approveAsPropertyStaff(staff, baseUrl);
      const problems = await findAccessibilityProblems(staff);
      expectThat(problems.length === 0, `console accessibility:\n      ${problems.join('\n      ')}`);
    } finally {
      await staffContext.close();
    }

    await page.goto(`${baseUrl}/pages/me/index`);
    const approved = page.locator(`[data-testid="room-${ROOM}"] [data-status="approved"]`);
    await approved.waitFor(TIMEOUT);
    expectThat(((await approved.textContent()) ?? '').includes('已认证'), 'the approved room does not say 已认证');
  },
};

async function applyAsChen(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.locator('[data-testid=open-dev-login]').click(TIMEOUT);
  await page.locator('#dev-accounts[data-state=ok]').waitFor(TIMEOUT);
  await page.locator('[data-testid=dev-account-demo-new-chen]').click();
  await page.locator('#current-room[data-state=none]').waitFor(TIMEOUT);

  await page.locator('[data-testid=bind-room]').click();
  await page.locator('#field-compound-search input').fill('阳光花园');
  await page.locator('[data-testid=search-compounds]').click();
  for (const place of ['cpd-1', 'cpd-1-b2', 'cpd-1-b2-u1', ROOM]) {
    await page.locator(`[data-testid=place-${place}]`).click(TIMEOUT);
  }

  await page.getByLabel('姓名').fill('陈晨');
  await page.getByLabel('手机号').fill('1391234000'); // one digit short: refused before anything is sent
  await page.getByLabel('身份证号码').fill(ID_FIRST_17 + idNumberCheckChar(ID_FIRST_17));
  await page.locator('[data-testid=choice-role-owner]').click();
  await page.locator('[data-testid=submit-apply]').click();
  await page.locator('[data-testid=field-phone-error]').waitFor(TIMEOUT);

  await page.getByLabel('手机号').fill('13912340004');
  await page.locator('[data-testid=submit-apply]').click();
  await page.locator('#apply-result').waitFor(TIMEOUT);
}

async function approveAsPropertyStaff(staff: Page, baseUrl: string): Promise<void> {
  await staff.goto(`${baseUrl}/admin/`);
  await staff.getByLabel('账号').fill('wuye');
  await staff.getByLabel('密码').fill('Linli2026');
  await staff.getByRole('button', { name: '登录' }).click();
  await staff.goto(`${baseUrl}/admin/#/approvals`);
  const application = staff.locator('[data-testid^="application-"]', { hasText: '陈晨' });
  await application.waitFor(TIMEOUT);
  await application.getByRole('button', { name: '通过' }).click();
  await application.waitFor({ state: 'detached', timeout: 20_000 });
}
