import { Button } from '@tarojs/components';
import type { ReactNode } from 'react';
import { roleOf } from './a11y';

interface Props {
  children: ReactNode;
  onClick: () => void;
  variant?: 'primary' | 'secondary' | 'danger';
  /** Sits in a row with others instead of taking the full width. */
  isInline?: boolean;
  isDisabled?: boolean;
  isBusy?: boolean;
  id?: string;
  testId?: string;
  /** WeChat's share button (`open-type="share"`); ignored in the browser. */
  openType?: 'share';
}

/** The app's button: a large target, one look per variant, announced as a button in the browser build too. */
export function ActionButton({
  children,
  onClick,
  variant = 'secondary',
  isInline,
  isDisabled,
  isBusy,
  id,
  testId,
  openType,
}: Props) {
  const isOff = Boolean(isDisabled || isBusy);
  const classes = ['button', `button--${variant}`, isInline ? 'button--inline' : '', isOff ? 'button--disabled' : '']
    .filter(Boolean)
    .join(' ');
  // Taro's browser components write an undefined prop out as the text "undefined": only pass what is set.
  const hooks: Record<string, string> = {};
  if (id) hooks.id = id;
  if (testId) hooks['data-testid'] = testId;
  return (
    <Button
      className={classes}
      disabled={isOff}
      loading={isBusy}
      openType={openType}
      onClick={onClick}
      {...hooks}
      {...roleOf('button', isOff ? { 'aria-disabled': true, tabindex: -1 } : { tabindex: 0 })}
    >
      {children}
    </Button>
  );
}
