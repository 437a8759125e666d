import { expectThat, type Journey } from '../lib/journey';

/** A resident opens the h5 app: the home page reaches the cloud (system.ping) and says so. */
export const residentHome: Journey = {
  name: 'resident h5 home shows a live ping',
  id: 'resident-home',
  isAppPage: true,
  async run({ page, baseUrl }) {
    const response = await page.goto(`${baseUrl}/`);
    expectThat(response?.status() === 200, `GET / answered ${response?.status()}`);
    await page.locator('#ping-status', { hasText: '服务连接正常' }).waitFor({ timeout: 20_000 });
  },
};
