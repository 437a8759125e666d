import { fireEvent, render, screen } from '@testing-library/react';
import { taroStub } from '../../../test/taro-stub';
import ServicesPage from './index';

beforeEach(() => {
  taroStub.reset();
});

describe('服务', () => {
  it('leads to doors and visitor passes, and lists what is still to come with nothing to tap', () => {
    render(<ServicesPage />);
    for (const label of ['一键开门', '访客通行证', '我发出的通行证']) fireEvent.click(screen.getByText(label));
    expect(taroStub.navigations).toEqual([
      'navigateTo /pages/door/index',
      'navigateTo /packages/visitor/create/index',
      'navigateTo /packages/visitor/list/index',
    ]);
    expect(screen.getByText('· 报事报修')).toBeTruthy();
    expect(screen.getAllByRole('link')).toHaveLength(3);
  });
});
