import type { Page } from 'playwright-core';
import { findAccessibilityProblems } from '../lib/axe';
import { expectThat, type Journey } from '../lib/journey';
import { signInAsResident, signInAsStaff } from '../lib/sign-in';

const TIMEOUT = { timeout: 20_000 };
const NEW_DOOR = '东门';

/**
 * Putting a controller into service: 孙物业 registers the spare Hikvision controller mock-devices runs for a new 东门
 * (it sits beside the gate controller, whose address the console shows her), mistypes its password and is told the
 * controller refused, fixes it and sees it online; 张伟 then finds 东门 among his doors and opens it with one tap.
 */
export const doorDevices: Journey = {
  name: 'staff register a door controller in the console, a resident opens its new door',
  id: 'door-devices',
  isAppPage: true,
  async run({ page, baseUrl }) {
    const browser = page.context().browser();
    expectThat(browser !== null, 'no browser behind the page');
    const staffContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    try {
      await registerController(await staffContext.newPage(), baseUrl);
    } finally {
      await staffContext.close();
    }

    await signInAsResident(page, baseUrl, 'demo-owner-zhang');
    await page.locator('[data-testid=open-door-entry]').click(TIMEOUT);
    const door = page.locator('.door', { hasText: NEW_DOOR });
    await door.locator('[data-testid^=open-]').click(TIMEOUT);
    await door.locator('[data-testid^=opened-]').waitFor(TIMEOUT);
  },
};

async function registerController(staff: Page, baseUrl: string): Promise<void> {
  await signInAsStaff(staff, baseUrl, 'wuye');
  // The demo gate controller's address, as its own edit form shows it (the password is never shown).
  await staff.goto(`${baseUrl}/admin/#/doors/devices/dev-cpd-1-gate`);
  const address = staff.getByLabel('设备地址');
  await staff.waitForFunction(
    () => (document.querySelector<HTMLInputElement>('input[type=url]')?.value ?? '') !== '',
    undefined,
    TIMEOUT,
  );
  const baseUrlOfGate = await address.inputValue();
  expectThat(baseUrlOfGate.endsWith('/dev-cpd-1-gate'), `the gate's address reads ${baseUrlOfGate}`);
  const baseUrlOfSpare = baseUrlOfGate.replace(/dev-cpd-1-gate$/, 'dev-cpd-1-east');
  expectThat((await staff.getByLabel('密码').inputValue()) === '', 'the stored password came back to the form');

  await staff.goto(`${baseUrl}/admin/#/doors`);
  await staff.getByRole('link', { name: '添加设备' }).click(TIMEOUT);
  await staff.getByLabel('设备名称').fill('东门门禁', TIMEOUT);
  await staff.getByLabel('所在小区').selectOption({ label: '阳光花园' });
  await address.fill(baseUrlOfSpare);
  await staff.getByLabel('账号').fill('linli-east');
  await staff.getByLabel('密码').fill('not-the-password');
  await staff.getByLabel('名称', { exact: true }).fill(NEW_DOOR);
  await staff.getByRole('button', { name: '保存' }).click();
  // A wrong password is saved but said plainly; fixed on the spot, the next save finds the controller online.
  await staff.getByRole('status').filter({ hasText: '设备离线' }).waitFor(TIMEOUT);
  await staff.getByLabel('密码').fill('East#cpd1-2026');
  await staff.getByRole('button', { name: '保存' }).click();
  await staff.getByRole('status').filter({ hasText: '设备在线' }).waitFor(TIMEOUT);
  const problems = await findAccessibilityProblems(staff);
  expectThat(problems.length === 0, `device form accessibility:\n      ${problems.join('\n      ')}`);

  await staff.goto(`${baseUrl}/admin/#/doors`);
  const card = staff.locator('li', { hasText: '东门门禁' });
  await card.filter({ hasText: NEW_DOOR }).first().waitFor(TIMEOUT);
}
