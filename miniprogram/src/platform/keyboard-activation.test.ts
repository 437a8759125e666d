import { installKeyboardActivation } from './keyboard-activation';

describe('keyboard activation in the browser build', () => {
  installKeyboardActivation(document);

  function element(role: string | null, extra: Record<string, string> = {}): { el: HTMLElement; clicks: () => number } {
    const el = document.createElement('taro-view-core');
    if (role) el.setAttribute('role', role);
    for (const [key, value] of Object.entries(extra)) el.setAttribute(key, value);
    el.tabIndex = 0;
    document.body.append(el);
    let clicks = 0;
    el.addEventListener('click', () => {
      clicks++;
    });
    return { el, clicks: () => clicks };
  }

  it('clicks a focused button, link or radio on Enter and Space', () => {
    for (const role of ['button', 'link', 'radio']) {
      const { el, clicks } = element(role);
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      el.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
      expect(clicks()).toBe(2);
    }
  });

  it('leaves other keys, plain elements and disabled buttons alone', () => {
    const plain = element(null);
    plain.el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const disabled = element('button', { 'aria-disabled': 'true' });
    disabled.el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const button = element('button');
    button.el.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect([plain.clicks(), disabled.clicks(), button.clicks()]).toEqual([0, 0, 0]);
  });
});
