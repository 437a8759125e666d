import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useMemo } from 'react';
import { ActionButton } from '../../components/action-button';
import type { PassShare } from '../../features/visitor/pass-labels';
import { qrDataUrl } from '../../features/visitor/qr-image';
import { isWeapp } from '../../services/config';

/**
 * How a pass reaches its visitor: a QR code of the link (scanned from the resident's screen at the gate, or
 * screenshotted and sent), the link itself, and WeChat's share card where there is WeChat. The page that shows this
 * answers `useShareAppMessage` with `share.path`.
 */
export function ShareCard({ share }: { share: PassShare }) {
  const qr = useMemo(() => qrDataUrl(share.link), [share.link]);
  const copy = () => void Taro.setClipboardData({ data: share.link }).catch(() => undefined);
  return (
    <View className="card share-card" id="pass-share">
      <Text className="card__title">请访客扫码或打开链接</Text>
      <Image
        className="share-card__qr"
        id="pass-qr"
        src={qr}
        mode="scaleToFill"
        {...(isWeapp ? {} : { nativeProps: { alt: '通行证二维码' } })}
      />
      <Text className="share-card__link" id="pass-link" userSelect>
        {share.link}
      </Text>
      {isWeapp && (
        <ActionButton variant="primary" openType="share" testId="pass-share-wechat" onClick={() => undefined}>
          发送给微信好友
        </ActionButton>
      )}
      <ActionButton variant={isWeapp ? 'secondary' : 'primary'} testId="pass-copy" onClick={copy}>
        复制链接
      </ActionButton>
    </View>
  );
}
