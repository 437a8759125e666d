import { expectThat, type Journey } from '../lib/journey';

/** A staff member opens the console at /admin/: its dashboard reaches the cloud too. */
export const adminDashboard: Journey = {
  name: 'admin console shows a live ping',
  id: 'admin-dashboard',
  isAppPage: true,
  async run({ page, baseUrl }) {
    const response = await page.goto(`${baseUrl}/admin/`);
    expectThat(response?.status() === 200, `GET /admin/ answered ${response?.status()}`);
    await page.locator('#ping-status', { hasText: '服务连接正常' }).waitFor({ timeout: 20_000 });
  },
};
