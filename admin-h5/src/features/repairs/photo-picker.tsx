import { IMAGE_CONTENT_TYPES, MAX_IMAGES_PER_REQUEST } from '@linli/shared';
import { type ChangeEvent, useId, useState } from 'react';
import { errorMessageOf } from '../../api/error-message';
import type { PhotoUploads } from './use-photo-uploads';

/**
 * The photo field of a repair action: 添加照片 opens the camera or gallery, each photo shows its progress or why it
 * failed (with 重试), and 移除 takes it back out. The input accepts only the formats the server takes, and the
 * uploader checks the bytes as well.
 */
export function PhotoPicker({ uploads, label = '照片' }: { uploads: PhotoUploads; label?: string }) {
  const id = useId();
  const [leftOut, setLeftOut] = useState(0);
  const isFull = uploads.photos.length >= MAX_IMAGES_PER_REQUEST;

  const onChoose = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    // Cleared so choosing the same photo again (after removing it) fires a change.
    event.target.value = '';
    setLeftOut(uploads.add(files));
  };

  return (
    <fieldset className="field">
      <legend className="field__label">
        {label}（{uploads.photos.length}/{MAX_IMAGES_PER_REQUEST}）
      </legend>
      {uploads.photos.length > 0 ? (
        <ul className="photo-picker" aria-label={`已选${label}`}>
          {uploads.photos.map((photo, index) => (
            <li key={photo.key} className={`photo-picker__item photo-picker__item--${photo.status}`}>
              {/* A refused file is often no image at all: its preview would only be a broken icon. */}
              {photo.previewUrl && photo.status !== 'failed' ? (
                <img className="photo-picker__preview" src={photo.previewUrl} alt="" />
              ) : null}
              <span className="photo-picker__name">
                第 {index + 1} 张 · {photo.name}
              </span>
              {photo.status === 'uploading' ? (
                <progress
                  className="photo-picker__progress"
                  max={100}
                  value={Math.round(photo.progress * 100)}
                  aria-label={`第 ${index + 1} 张上传进度`}
                >
                  {Math.round(photo.progress * 100)}%
                </progress>
              ) : null}
              {photo.status === 'done' ? <span className="photo-picker__state">已上传</span> : null}
              {photo.status === 'failed' ? (
                <span className="field__error" role="alert">
                  {errorMessageOf(photo.error)}
                </span>
              ) : null}
              <span className="photo-picker__actions">
                {photo.status === 'failed' ? (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => uploads.retry(photo.key)}
                  >
                    重试
                  </button>
                ) : null}
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => uploads.remove(photo.key)}
                  aria-label={`移除第 ${index + 1} 张`}
                >
                  移除
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        id={id}
        className="visually-hidden photo-picker__input"
        type="file"
        accept={IMAGE_CONTENT_TYPES.join(',')}
        multiple
        disabled={isFull}
        onChange={onChoose}
      />
      <label
        htmlFor={id}
        className={
          isFull
            ? 'button button--secondary photo-picker__add is-disabled'
            : 'button button--secondary photo-picker__add'
        }
      >
        添加{label}
      </label>
      <p className="field__hint">JPG、PNG 或 WebP，每张不超过 10MB，最多 {MAX_IMAGES_PER_REQUEST} 张</p>
      {leftOut > 0 ? (
        <p className="field__error" role="alert">
          最多 {MAX_IMAGES_PER_REQUEST} 张，另有 {leftOut} 张未添加
        </p>
      ) : null}
    </fieldset>
  );
}
