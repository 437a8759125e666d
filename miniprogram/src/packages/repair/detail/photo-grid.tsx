import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { roleOf } from '../../../components/a11y';
import { isWeapp } from '../../../services/config';

interface Photo {
  fileId: string;
  url: string | null;
}

/**
 * Photos as tiles; a tap opens WeChat's (or the browser's) full-screen viewer over all of them. A photo whose link
 * could not be made says so instead of showing a broken image.
 */
export function PhotoGrid({ photos, name }: { photos: readonly Photo[]; name: string }) {
  const urls = photos.flatMap((photo) => (photo.url ? [photo.url] : []));
  const preview = (url: string) => void Taro.previewImage({ current: url, urls }).catch(() => undefined);
  return (
    <View className="photo-grid" id={`${name}-photos`}>
      {photos.map((photo, index) =>
        photo.url ? (
          <Image
            key={photo.fileId}
            className="photo-grid__image"
            src={photo.url}
            mode="aspectFill"
            data-testid={`${name}-photo-${index + 1}`}
            onClick={() => preview(photo.url ?? '')}
            {...(isWeapp ? {} : { nativeProps: { alt: `第${index + 1}张照片` } })}
            {...roleOf('button', { 'aria-label': `查看第${index + 1}张照片`, tabindex: 0 })}
          />
        ) : (
          <View key={photo.fileId} className="photo-grid__missing">
            <Text>图片暂不可用</Text>
          </View>
        ),
      )}
    </View>
  );
}
