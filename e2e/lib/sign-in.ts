import type { Page } from 'playwright-core';

const TIMEOUT = { timeout: 20_000 };

/** Signs a demo resident in on the h5 build's dev login and waits for 首页 to show their current room. */
export async function signInAsResident(page: Page, baseUrl: string, openid: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.locator('[data-testid=open-dev-login]').click(TIMEOUT);
  await page.locator('#dev-accounts[data-state=ok]').waitFor(TIMEOUT);
  await page.locator(`[data-testid=dev-account-${openid}]`).click();
  await page.locator('#current-room[data-state=current]').waitFor(TIMEOUT);
}

/** Signs a staff member in to the console with the demo password. */
export async function signInAsStaff(page: Page, baseUrl: string, account: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/`);
  await page.getByLabel('账号').fill(account);
  await page.getByLabel('密码').fill('Linli2026');
  await page.getByRole('button', { name: '登录' }).click();
  await page.locator('nav').first().waitFor(TIMEOUT);
}
