import { fireEvent, render, screen, within } from '@testing-library/react';
import { readSession, useSession } from '../api/session';
import { cloudAnswering, ok, SCOPES, signIn, staffProfile } from '../testing/fake-cloud';
import { mockTransport } from '../testing/mock-transport';
import { ScopeBar } from './scope-bar';

jest.mock('../api/fetch-transport', () => jest.requireActual('../testing/mock-transport'));

const SHEQU = staffProfile({ roles: ['community'], scope: SCOPES.community, name: '钱社区' });

function place(id: string, name: string, kind: string, childCount: number) {
  return { _id: id, kind, name, parentId: 'x', label: `江南社区 ${name}`, childCount };
}

/** The bar as the shell renders it: fed from the live session. */
function LiveScopeBar() {
  const session = useSession();
  return session ? <ScopeBar staff={session.staff} within={session.within} /> : null;
}

beforeEach(() => {
  mockTransport.mockReset();
  window.sessionStorage.clear();
  signIn(SHEQU);
  mockTransport.mockImplementation(
    cloudAnswering({
      'places.children': (data: { parentId: string | null }) =>
        data.parentId === 'com-1'
          ? ok({
              parent: null,
              items: [place('cpd-1', '阳光花园', 'compound', 3), place('cpd-2', '锦绣苑', 'compound', 2)],
            })
          : ok({ parent: null, items: [place('cpd-2-b1', '1栋', 'building', 2)] }),
    }),
  );
});

test('browsing down from the scope node narrows the session to the chosen node; 全部 widens it again', async () => {
  render(<LiveScopeBar />);
  expect(screen.getByText('江南社区（全部）')).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: '切换范围' }));
  const dialog = screen.getByRole('dialog', { name: '切换查看范围' });
  expect(mockTransport.mock.calls[0]?.[1].data).toEqual({ parentId: 'com-1' });
  const jinxiu = await within(dialog).findByRole('button', { name: /^锦绣苑/ });
  expect(jinxiu.textContent).toContain('2 个楼栋');

  fireEvent.click(jinxiu);
  fireEvent.click(await within(dialog).findByRole('button', { name: '选择「江南社区 锦绣苑」' }));

  expect(screen.queryByRole('dialog')).toBeNull();
  expect(readSession()?.within).toEqual({ placeId: 'cpd-2', label: '江南社区 锦绣苑' });
  expect(screen.getByText('江南社区 锦绣苑')).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: '全部' }));
  expect(readSession()?.within).toBeNull();
  expect(screen.getByText('江南社区（全部）')).toBeTruthy();
});
