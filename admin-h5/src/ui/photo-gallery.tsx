import { useState } from 'react';
import { Dialog } from './dialog';
import './photo-gallery.css';

export interface GalleryPhoto {
  fileId: string;
  /** A signed, expiring URL; null when the server could not sign one (the file is gone). */
  url: string | null;
}

interface PhotoGalleryProps {
  photos: readonly GalleryPhoto[];
  /** Names the photos for screen readers and the enlarged view: 报修照片, 完工照片. */
  label: string;
}

/**
 * Thumbnails that open the photo large in a dialog, with 上一张/下一张 when there are several. Signed URLs expire;
 * one that no longer loads says so instead of showing a broken image.
 */
export function PhotoGallery({ photos, label }: PhotoGalleryProps) {
  const [openIndex, setOpenIndex] = useState<number | null>(null);
  const [broken, setBroken] = useState<ReadonlySet<string>>(() => new Set());
  if (photos.length === 0) return null;
  const urlOf = (photo: GalleryPhoto) => (broken.has(photo.fileId) ? null : photo.url);
  const open = openIndex === null ? undefined : photos[openIndex];
  const openUrl = open ? urlOf(open) : null;
  const step = (delta: number) =>
    setOpenIndex((index) => (index === null ? null : (index + delta + photos.length) % photos.length));

  return (
    <>
      <ul className="photo-gallery" aria-label={label}>
        {photos.map((photo, index) => (
          <li key={photo.fileId}>
            {urlOf(photo) ? (
              <button type="button" className="photo-gallery__thumb" onClick={() => setOpenIndex(index)}>
                <img
                  src={urlOf(photo) ?? undefined}
                  alt={`${label} ${index + 1}，点按放大`}
                  loading="lazy"
                  onError={() => setBroken((current) => new Set(current).add(photo.fileId))}
                />
              </button>
            ) : (
              <span className="photo-gallery__missing">图片暂不可用，请刷新页面</span>
            )}
          </li>
        ))}
      </ul>
      {openUrl && openIndex !== null ? (
        <Dialog title={`${label}（${openIndex + 1}/${photos.length}）`} onClose={() => setOpenIndex(null)}>
          <img className="photo-gallery__large" src={openUrl} alt={`${label} ${openIndex + 1}`} />
          <div className="form__actions">
            <a className="button button--secondary" href={openUrl} target="_blank" rel="noreferrer">
              查看原图
            </a>
            {photos.length > 1 ? (
              <>
                <button type="button" className="button button--secondary" onClick={() => step(-1)}>
                  上一张
                </button>
                <button type="button" className="button" data-autofocus onClick={() => step(1)}>
                  下一张
                </button>
              </>
            ) : null}
          </div>
        </Dialog>
      ) : null}
    </>
  );
}
