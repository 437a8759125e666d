import { Image, Text, View } from '@tarojs/components';
import { roleOf, tappable } from '../../../components/a11y';
import { ActionButton } from '../../../components/action-button';
import type { PhotoUpload } from '../../../features/repair/use-photo-uploads';
import { isWeapp } from '../../../services/config';

interface Props {
  photos: readonly PhotoUpload[];
  max: number;
  canAdd: boolean;
  notice: string | null;
  error?: string;
  onAdd: () => void;
  onRemove: (key: string) => void;
  onRetry: (key: string) => void;
}

function statusText(photo: PhotoUpload): string {
  if (photo.status === 'uploading') return `上传中 ${photo.progress}%`;
  if (photo.status === 'done') return '✓ 已上传';
  return photo.message ?? '上传失败';
}

/**
 * 照片: each photo a tile with how its upload is going (or why it failed) and a large 删除; a failed upload that
 * may work on a second try also offers 重试. e2e reads `#repair-photo-<n>[data-state]`.
 */
export function PhotoField({ photos, max, canAdd, notice, error, onAdd, onRemove, onRetry }: Props) {
  return (
    <View className={`field${error ? ' field--invalid' : ''}`} id="field-repair-photos">
      <Text className="field__label">
        照片（选填，最多{max}张）{photos.length > 0 ? ` ${photos.length}/${max}` : ''}
      </Text>
      <View className="photo-grid">
        {photos.map((photo, index) => (
          <View
            key={photo.key}
            className={`photo-tile photo-tile--${photo.status}`}
            id={`repair-photo-${index + 1}`}
            data-state={photo.status}
          >
            {photo.status === 'failed' && !photo.canRetry ? (
              // A refused file is often no picture at all: a blank box says so better than a broken image.
              <View className="photo-tile__image photo-tile__image--refused" />
            ) : (
              <Image
                className="photo-tile__image"
                src={photo.previewSrc}
                mode="aspectFill"
                {...(isWeapp ? {} : { nativeProps: { alt: `第${index + 1}张照片` } })}
              />
            )}
            <Text
              className="photo-tile__status"
              data-testid={`repair-photo-status-${index + 1}`}
              {...roleOf(photo.status === 'failed' ? 'alert' : 'status')}
            >
              {statusText(photo)}
            </Text>
            {photo.status === 'failed' && photo.canRetry && (
              <ActionButton testId={`repair-photo-retry-${index + 1}`} onClick={() => onRetry(photo.key)}>
                重试
              </ActionButton>
            )}
            <ActionButton
              variant="danger"
              testId={`repair-photo-remove-${index + 1}`}
              onClick={() => onRemove(photo.key)}
            >
              删除
            </ActionButton>
          </View>
        ))}
        {canAdd && (
          <View
            className="photo-tile photo-tile--add"
            data-testid="repair-photo-add"
            onClick={onAdd}
            {...tappable('button')}
          >
            <Text className="photo-tile__plus">＋</Text>
            <Text className="photo-tile__add-label">添加照片</Text>
          </View>
        )}
      </View>
      {notice && <Text className="field__hint">{notice}</Text>}
      {error && (
        <Text className="field__error" data-testid="field-repair-photos-error">
          {error}
        </Text>
      )}
      {!error && !notice && <Text className="field__hint">拍下损坏的地方，师傅上门前就能看清问题。</Text>}
    </View>
  );
}
