import { fireEvent, render, screen, within } from '@testing-library/react';
import { cloudAnswering, ok, signIn, staffProfile } from '../../testing/fake-cloud';
import { mockTransport } from '../../testing/mock-transport';
import { PlacesPage } from './places-page';

jest.mock('../../api/fetch-transport', () => jest.requireActual('../../testing/mock-transport'));

const WUYE = staffProfile();
const LEVELS: Record<string, unknown[]> = {
  'cpd-1': [{ _id: 'b1', kind: 'building', name: '1栋', parentId: 'cpd-1', label: '阳光花园 1栋', childCount: 2 }],
  b1: [{ _id: 'u1', kind: 'unit', name: '1单元', parentId: 'b1', label: '阳光花园 1栋 1单元', childCount: 12 }],
  u1: [
    {
      _id: 'r101',
      kind: 'room',
      name: '101',
      parentId: 'u1',
      label: '阳光花园 1栋 1单元 101',
      room: { number: '101', floor: 1, areaHundredths: 8950, type: 'residence' },
    },
  ],
};

test('the browser starts at the scope node, drills down to rooms and climbs back by the breadcrumb', async () => {
  signIn(WUYE);
  mockTransport.mockImplementation(
    cloudAnswering({
      'places.children': (data: { parentId: string }) => ok({ parent: null, items: LEVELS[data.parentId] ?? [] }),
    }),
  );
  render(<PlacesPage staff={WUYE} />);
  const crumbs = () => screen.getByRole('navigation', { name: '当前位置' });
  expect(crumbs().textContent).toBe('阳光花园');

  fireEvent.click(await screen.findByRole('button', { name: /^1栋.*楼栋.*2 个单元/ }));
  fireEvent.click(await screen.findByRole('button', { name: /^1单元.*12 套房屋/ }));
  const table = await screen.findByRole('table', { name: '房屋列表' });
  expect([...table.querySelectorAll('tbody tr > *')].map((cell) => cell.textContent)).toEqual([
    '101',
    '1层',
    '89.50 m²',
    '住宅',
  ]);
  expect(crumbs().textContent).toBe('阳光花园1栋1单元');

  fireEvent.click(within(crumbs()).getByRole('button', { name: '阳光花园' }));
  await screen.findByRole('button', { name: /^1栋/ });
  expect(mockTransport.mock.calls.map(([, event]) => event.data)).toEqual([
    { parentId: 'cpd-1' },
    { parentId: 'b1' },
    { parentId: 'u1' },
    { parentId: 'cpd-1' },
  ]);
});
