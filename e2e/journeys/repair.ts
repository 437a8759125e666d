import type { Browser, Page } from 'playwright-core';
import { SAMPLE_JPEG, SAMPLE_PNG } from '../../shared/testing/sample-images';
import { findAccessibilityProblems } from '../lib/axe';
import { expectThat, type Journey } from '../lib/journey';
import { signInAsResident, signInAsStaff } from '../lib/sign-in';

const TIMEOUT = { timeout: 20_000 };

/**
 * The repairs issue's journey: 张伟 reports a leak with a photo in h5 and allows progress messages; 孙物业 sends
 * 李师傅 from the dispatch board; 李师傅, on his phone, accepts, starts and finishes with a photo; 张伟 confirms
 * and gives five stars. The outbox holds the two messages WeChat would have carried.
 */
export const repairJourney: Journey = {
  name: 'resident reports with a photo, staff assign, the worker finishes, the resident confirms and rates',
  id: 'repair',
  isAppPage: true,
  async run({ page, baseUrl }) {
    await signInAsResident(page, baseUrl, 'demo-owner-zhang');
    const repairId = await report(page, baseUrl);

    const browser = page.context().browser();
    expectThat(browser !== null, 'no browser behind the page');
    await withContext(browser, { width: 1280, height: 800 }, async (staff) => {
      await signInAsStaff(staff, baseUrl, 'wuye');
      await staff.goto(`${baseUrl}/admin/#/repairs`);
      await staff.locator(`a[href="#/repairs/${repairId}"]`).first().waitFor(TIMEOUT);
      const problems = await findAccessibilityProblems(staff);
      expectThat(problems.length === 0, `dispatch board accessibility:\n      ${problems.join('\n      ')}`);
      await staff.goto(`${baseUrl}/admin/#/repairs/${repairId}`);
      await staff.getByRole('button', { name: '派单', exact: true }).click(TIMEOUT);
      const dialog = staff.getByRole('dialog', { name: '派单' });
      await dialog.getByRole('radio', { name: /李师傅/ }).check(TIMEOUT);
      await dialog.getByRole('button', { name: '确认派单' }).click();
      await staff.getByRole('button', { name: '改派' }).waitFor(TIMEOUT);
    });

    await withContext(browser, { width: 390, height: 844 }, async (worker) => {
      await signInAsStaff(worker, baseUrl, 'weixiu');
      await worker.goto(`${baseUrl}/admin/#/jobs/${repairId}`);
      await worker.getByRole('button', { name: '接单' }).click(TIMEOUT);
      await worker.getByRole('button', { name: '开始维修' }).click(TIMEOUT);
      await worker.getByRole('button', { name: '完工' }).click(TIMEOUT);
      const dialog = worker.getByRole('dialog', { name: '完工' });
      await dialog.getByLabel('维修说明').fill('更换了水槽下的软管，已试水不漏');
      await dialog
        .locator('input[type=file]')
        .setInputFiles({ name: 'after.jpg', mimeType: 'image/jpeg', buffer: SAMPLE_JPEG });
      // The console holds 提交完工 back while a photo is still uploading: wait for it, as the worker would.
      await dialog.getByText('已上传').waitFor(TIMEOUT);
      await dialog.getByRole('button', { name: '提交完工' }).click();
      await dialog.waitFor({ state: 'detached', ...TIMEOUT });
    });

    await page.goto(`${baseUrl}/packages/repair/detail/index?id=${repairId}`);
    await page.locator('#repair-detail[data-status=resolved]').waitFor(TIMEOUT);
    await page.locator('[data-testid=repair-star-5]').click();
    await page.locator('[data-testid=repair-confirm]').click();
    await page.locator('#repair-detail[data-status=confirmed] #repair-rating[data-rating="5"]').waitFor(TIMEOUT);

    const outbox = await page.request.get(`${baseUrl}/api/dev/outbox?openid=demo-owner-zhang`);
    const text = JSON.stringify(await outbox.json());
    expectThat(
      text.includes('repair.assigned') && text.includes('repair.resolved'),
      `the outbox says: ${text.slice(0, 400)}`,
    );
  },
};

async function report(page: Page, baseUrl: string): Promise<string> {
  await page.goto(`${baseUrl}/packages/repair/submit/index`);
  await page.locator('#repair-form').waitFor(TIMEOUT);
  await page.locator('[data-testid=choice-repair-category-water_electric]').click();
  await page.locator('#field-repair-description textarea').fill('厨房水槽下面的水管漏水，地上都是水');
  const chooser = page.waitForEvent('filechooser');
  await page.locator('[data-testid=repair-photo-add]').click();
  await (await chooser).setFiles({ name: 'leak.png', mimeType: 'image/png', buffer: SAMPLE_PNG });
  await page.locator('#repair-photo-1[data-state=done]').waitFor(TIMEOUT);
  await page.locator('[data-testid=repair-submit]').click();
  await page.getByText('接收', { exact: true }).click(TIMEOUT);
  await page.locator('#repair-detail[data-status=submitted]').waitFor(TIMEOUT);
  const repairId = new URL(page.url()).searchParams.get('id');
  expectThat(repairId !== null, `no repair id in ${page.url()}`);
  return repairId;
}

async function withContext(
  browser: Browser,
  viewport: { width: number; height: number },
  run: (page: Page) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  try {
    await run(await context.newPage());
  } finally {
    await context.close();
  }
}
