import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { useCareMode } from '../care/use-care-mode';
import { roleOf } from './a11y';

interface Props {
  /** The page's heading (the navigation bar keeps the short name). */
  title?: string;
  intro?: string;
  className?: string;
  children?: ReactNode;
}

/**
 * The root of every page: it carries the design tokens (CSS custom properties in app.less) and switches them to care
 * mode's larger, higher-contrast set when care mode is on. `data-care-mode` lets tests and e2e see the state.
 */
export function Page({ title, intro, className, children }: Props) {
  const { isCareMode } = useCareMode();
  const classes = ['page', isCareMode ? 'page--care' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <View className={classes} data-care-mode={isCareMode ? 'on' : 'off'} {...roleOf('main')}>
      {title && (
        <Text className="page__title" {...roleOf('heading', { 'aria-level': 1 })}>
          {title}
        </Text>
      )}
      {intro && <Text className="page__intro">{intro}</Text>}
      {children}
    </View>
  );
}
