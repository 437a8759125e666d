/**
 * Browser build only. Taro renders buttons, rows and tiles as custom elements, which do not act on Enter or Space
 * the way a <button> does; we give them tabindex and a role (components/a11y.ts), and this makes the keys work:
 * Enter or Space on a focused element with such a role clicks it.
 */
const ACTIVATABLE = new Set(['button', 'link', 'radio']);

export function installKeyboardActivation(doc: Document): void {
  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const target = event.target;
    if (!(target instanceof HTMLElement) || target.isContentEditable || target.matches('input, textarea, button, a'))
      return;
    const role = target.getAttribute('role');
    if (role === null || !ACTIVATABLE.has(role) || target.getAttribute('aria-disabled') === 'true') return;
    event.preventDefault();
    target.click();
  });
}
