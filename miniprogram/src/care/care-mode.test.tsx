import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { taroStub } from '../../test/taro-stub';
import { Page } from '../components/page';
import SettingsPage from '../packages/me/settings/index';
import { CARE_MODE_STORAGE_KEY, careModeStore } from './care-mode-store';

function pageRoots(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('[data-care-mode]'));
}

/** The checkbox inside Taro's Switch (its web component renders it a moment after mounting). */
async function switchInput(): Promise<HTMLInputElement> {
  return waitFor(() => {
    const input = document.querySelector<HTMLInputElement>('#care-mode-setting input[type=checkbox]');
    if (!input) throw new Error('care-mode switch not rendered yet');
    return input;
  });
}

beforeEach(() => {
  taroStub.reset();
  careModeStore.reload();
});

describe('care mode', () => {
  it('is off by default in the browser, where WeChat reports no font size', () => {
    render(<Page title="首页">内容</Page>);
    const [root] = pageRoots();
    expect(root?.getAttribute('data-care-mode')).toBe('off');
    expect(root?.className).toBe('page');
  });

  it('starts on when WeChat is set to a large font (20 px and up)', () => {
    taroStub.fontSizeSetting = 20;
    careModeStore.reload();
    render(<Page title="首页">内容</Page>);
    expect(pageRoots()[0]?.className).toContain('page--care');
  });

  it('stays off for the standard WeChat font', () => {
    taroStub.fontSizeSetting = 17;
    careModeStore.reload();
    render(<Page title="首页">内容</Page>);
    expect(pageRoots()[0]?.className).not.toContain('page--care');
  });

  it('the 设置 switch turns it on for every open page at once and remembers the choice', async () => {
    render(
      <>
        <Page title="另一页">内容</Page>
        <SettingsPage />
      </>,
    );
    expect(pageRoots().map((root) => root.getAttribute('data-care-mode'))).toEqual(['off', 'off']);

    const input = await switchInput();
    await act(async () => {
      fireEvent.click(input);
    });

    expect(pageRoots().map((root) => root.getAttribute('data-care-mode'))).toEqual(['on', 'on']);
    expect(pageRoots().every((root) => root.classList.contains('page--care'))).toBe(true);
    expect(document.getElementById('care-mode-setting')?.getAttribute('data-state')).toBe('on');
    expect(taroStub.storage.get(CARE_MODE_STORAGE_KEY)).toBe('on');
    expect(screen.getByText('关怀模式')).toBeTruthy();
  });

  it("a resident's own choice wins over WeChat's large font", async () => {
    taroStub.fontSizeSetting = 24;
    careModeStore.reload();
    render(<SettingsPage />);
    expect(pageRoots()[0]?.getAttribute('data-care-mode')).toBe('on');

    const input = await switchInput();
    await act(async () => {
      fireEvent.click(input);
    });
    expect(pageRoots()[0]?.getAttribute('data-care-mode')).toBe('off');

    careModeStore.reload(); // as on the next launch
    await act(async () => undefined);
    expect(pageRoots()[0]?.getAttribute('data-care-mode')).toBe('off');
  });
});
