import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { type Failure, isUnauthenticated } from '../services/call-errors';
import { isWeapp } from '../services/config';
import { ROUTES } from '../services/routes';
import { roleOf } from './a11y';
import { ActionButton } from './action-button';

interface Props {
  failure: Failure;
  onRetry?: () => void;
  id?: string;
}

/**
 * A failed call, in the server's own Chinese words. In the browser there is no WeChat to say who the resident is,
 * so "please sign in" comes with the way in: the demo-account page of the local stack.
 */
export function ErrorNotice({ failure, onRetry, id }: Props) {
  const offerDevLogin = !isWeapp && isUnauthenticated(failure);
  return (
    <View
      className={offerDevLogin ? 'notice' : 'notice notice--error'}
      data-code={failure.code}
      {...(id ? { id } : {})}
      {...roleOf('alert')}
    >
      <Text className="notice__text">
        {offerDevLogin ? '浏览器中没有微信身份，请先选择一个演示账号。' : failure.message}
      </Text>
      {offerDevLogin && (
        <ActionButton
          variant="primary"
          testId="open-dev-login"
          onClick={() => void Taro.navigateTo({ url: ROUTES.devLogin })}
        >
          选择演示账号
        </ActionButton>
      )}
      {onRetry && !offerDevLogin && <ActionButton onClick={onRetry}>重试</ActionButton>}
    </View>
  );
}
