import { act, render, screen } from '@testing-library/react';
import { App } from './app';

jest.mock('./api/call', () => ({ call: () => new Promise(() => {}) }));

function goTo(hash: string): void {
  act(() => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

afterEach(() => {
  window.location.hash = '';
});

test('the shell has banner, navigation and main landmarks, with only live features in the navigation', () => {
  render(<App />);

  expect(screen.getByRole('banner').textContent).toContain('邻里 · 管理后台');
  const nav = screen.getByRole('navigation', { name: '主导航' });
  const links = nav.querySelectorAll('a');
  expect([...links].map((link) => link.textContent)).toEqual(['工作台']);
  expect(links[0]?.getAttribute('aria-current')).toBe('page');
  expect(screen.getByRole('main').querySelector('h1')?.textContent).toBe('工作台');
  expect(document.title).toBe('工作台 · 邻里·物业管理后台');
});

test('an unknown route shows 页面不存在 and focuses the page, and the dashboard link leads back', () => {
  render(<App />);

  goTo('#/no-such-page');
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('页面不存在');
  expect(document.activeElement).toBe(screen.getByRole('main'));
  expect(screen.getByRole('navigation').querySelector('[aria-current]')).toBeNull();

  goTo('#/');
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('工作台');
});
