import Taro, { useLaunch } from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { installKeyboardActivation } from './platform/keyboard-activation';
import { cloudInitOptions, isWeapp } from './services/config';
import './app.less';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // Once per launch, before any page calls a function (WeChat ignores later calls anyway).
    if (isWeapp) Taro.cloud.init(cloudInitOptions());
    else installKeyboardActivation(document);
  });

  // children is the page being shown
  return children;
}

export default App;
