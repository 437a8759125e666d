import { fireEvent, render, screen } from '@testing-library/react';
import { taroStub } from '../../../test/taro-stub';
import ServicesPage from './index';

beforeEach(() => {
  taroStub.reset();
});

describe('服务', () => {
  it('leads to doors, visitor passes and repairs, and lists what is still to come with nothing to tap', () => {
    render(<ServicesPage />);
    for (const label of ['一键开门', '访客通行证', '我发出的通行证', '报事报修', '我家的报修']) {
      fireEvent.click(screen.getByText(label));
    }
    expect(taroStub.navigations).toEqual([
      'navigateTo /pages/door/index',
      'navigateTo /packages/visitor/create/index',
      'navigateTo /packages/visitor/list/index',
      'navigateTo /packages/repair/submit/index',
      'navigateTo /packages/repair/list/index',
    ]);
    expect(screen.queryByText('· 报事报修')).toBeNull();
    expect(screen.getByText('· 物业缴费')).toBeTruthy();
    expect(screen.getAllByRole('link')).toHaveLength(5);
  });
});
