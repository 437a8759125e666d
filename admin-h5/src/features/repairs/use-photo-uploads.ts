import { MAX_IMAGES_PER_REQUEST } from '@linli/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbort, uploadPhoto } from '../../api/upload-photo';

export type PhotoUpload =
  | { key: string; name: string; previewUrl: string | null; status: 'uploading'; progress: number }
  | { key: string; name: string; previewUrl: string | null; status: 'done'; fileId: string }
  | { key: string; name: string; previewUrl: string | null; status: 'failed'; error: unknown };

export interface PhotoUploads {
  photos: readonly PhotoUpload[];
  /** Starts uploading the chosen files at once; returns how many were left out for going past the limit. */
  add: (files: readonly File[]) => number;
  remove: (key: string) => void;
  retry: (key: string) => void;
  /** The ids of the uploaded photos, in the order they were chosen. */
  fileIds: string[];
  isUploading: boolean;
  hasFailed: boolean;
}

/** jsdom and some old WebViews have no object URLs; the tile then shows the file name alone. */
function previewOf(file: File): string | null {
  return typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : null;
}

function revoke(url: string | null): void {
  if (url && typeof URL.revokeObjectURL === 'function') URL.revokeObjectURL(url);
}

let nextKey = 0;

/**
 * Photos chosen for a repair action, each uploaded as soon as it is chosen, so the worker sees per-photo progress
 * and errors while still writing the note, and the action is sent with ids only. At most 9; removing a photo
 * cancels its upload.
 */
export function usePhotoUploads(limit: number = MAX_IMAGES_PER_REQUEST): PhotoUploads {
  const [photos, setPhotos] = useState<PhotoUpload[]>([]);
  const files = useRef(new Map<string, File>());
  const aborts = useRef(new Map<string, AbortController>());
  const previews = useRef(new Map<string, string | null>());

  const patch = useCallback((key: string, next: (photo: PhotoUpload) => PhotoUpload) => {
    setPhotos((current) => current.map((photo) => (photo.key === key ? next(photo) : photo)));
  }, []);

  const start = useCallback(
    (key: string, file: File) => {
      const controller = new AbortController();
      aborts.current.set(key, controller);
      const base = { key, name: file.name, previewUrl: previews.current.get(key) ?? null };
      patch(key, () => ({ ...base, status: 'uploading', progress: 0 }));
      uploadPhoto(file, {
        signal: controller.signal,
        onProgress: (progress) => patch(key, (p) => (p.status === 'uploading' ? { ...p, progress } : p)),
      }).then(
        (fileId) => patch(key, () => ({ ...base, status: 'done', fileId })),
        (error: unknown) => {
          if (!isAbort(error)) patch(key, () => ({ ...base, status: 'failed', error }));
        },
      );
    },
    [patch],
  );

  const add = useCallback(
    (chosen: readonly File[]) => {
      const room = Math.max(0, limit - files.current.size);
      const taken = chosen.slice(0, room);
      const added = taken.map((file) => {
        nextKey += 1;
        const key = `photo-${nextKey}`;
        files.current.set(key, file);
        previews.current.set(key, previewOf(file));
        return { key, file };
      });
      setPhotos((current) => [
        ...current,
        ...added.map(({ key, file }) => ({
          key,
          name: file.name,
          previewUrl: previews.current.get(key) ?? null,
          status: 'uploading' as const,
          progress: 0,
        })),
      ]);
      for (const { key, file } of added) start(key, file);
      return chosen.length - taken.length;
    },
    [limit, start],
  );

  const remove = useCallback((key: string) => {
    aborts.current.get(key)?.abort();
    aborts.current.delete(key);
    files.current.delete(key);
    revoke(previews.current.get(key) ?? null);
    previews.current.delete(key);
    setPhotos((current) => current.filter((photo) => photo.key !== key));
  }, []);

  const retry = useCallback(
    (key: string) => {
      const file = files.current.get(key);
      if (file) start(key, file);
    },
    [start],
  );

  // Leaving the dialog cancels what is still uploading and frees the previews.
  useEffect(() => {
    const pending = aborts.current;
    const shown = previews.current;
    return () => {
      for (const controller of pending.values()) controller.abort();
      for (const url of shown.values()) revoke(url);
    };
  }, []);

  return {
    photos,
    add,
    remove,
    retry,
    fileIds: photos.flatMap((photo) => (photo.status === 'done' ? [photo.fileId] : [])),
    isUploading: photos.some((photo) => photo.status === 'uploading'),
    hasFailed: photos.some((photo) => photo.status === 'failed'),
  };
}
