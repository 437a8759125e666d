import { CallError, MAX_IMAGES_PER_REQUEST } from '@linli/shared';
import { useCallback, useMemo, useRef, useState } from 'react';
import { PhotoRefusedError } from './photo-check';
import { type PhotoSource, type PickedPhoto, photoSource } from './photo-source';

/** One photo on the form: its tile, how far its upload got, its stored id once done, or why it failed. */
export interface PhotoUpload {
  key: string;
  previewSrc: string;
  status: 'uploading' | 'done' | 'failed';
  /** 0–100. */
  progress: number;
  fileId: string | null;
  message: string | null;
  /** A refused file stays refused; a dropped connection is worth another try. */
  canRetry: boolean;
}

/** Uploads at once: enough to keep a phone's link busy without starving the page's other calls. */
const PARALLEL = 3;

function failureOf(error: unknown): { message: string; canRetry: boolean } {
  if (error instanceof PhotoRefusedError) return { message: error.message, canRetry: false };
  if (error instanceof CallError) return { message: error.message, canRetry: !error.code.startsWith('FILE.') };
  return { message: '上传失败，请重试', canRetry: true };
}

let lastKey = 0;
const nextKey = () => `photo-${++lastKey}`;

/**
 * The photos of one report: picked, then each checked, compressed and uploaded on its own (a refused or failed
 * one does not stop the rest), removable at any time. `problem` says why the form cannot be sent yet.
 */
export function usePhotoUploads(source: PhotoSource = photoSource, max: number = MAX_IMAGES_PER_REQUEST) {
  const [photos, setPhotos] = useState<PhotoUpload[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const current = useRef<PhotoUpload[]>([]);
  current.current = photos;
  const picked = useRef(new Map<string, PickedPhoto>());

  const update = useCallback((key: string, patch: Partial<PhotoUpload>) => {
    // A photo removed while uploading is simply not found: its late result changes nothing.
    setPhotos((list) => list.map((photo) => (photo.key === key ? { ...photo, ...patch } : photo)));
  }, []);

  const send = useCallback(
    async (key: string) => {
      const photo = picked.current.get(key);
      if (!photo) return;
      try {
        const fileId = await source.upload(photo, (percent) => update(key, { progress: Math.min(99, percent) }));
        update(key, { status: 'done', progress: 100, fileId });
      } catch (error) {
        update(key, { status: 'failed', ...failureOf(error) });
      }
    },
    [source, update],
  );

  const add = useCallback(async () => {
    const room = max - current.current.length;
    if (room <= 0) return;
    const chosen = await source.pick(room);
    const taken = chosen.slice(0, room);
    setNotice(chosen.length > room ? `最多${max}张照片，多选的${chosen.length - room}张未添加` : null);
    const entries = taken.map((photo): PhotoUpload => {
      const key = nextKey();
      picked.current.set(key, photo);
      const entry = { key, previewSrc: photo.previewSrc, status: 'uploading' as const, progress: 0 };
      return { ...entry, fileId: null, message: null, canRetry: false };
    });
    setPhotos((list) => [...list, ...entries]);
    const queue = entries.map((entry) => entry.key);
    const worker = async () => {
      for (let key = queue.shift(); key !== undefined; key = queue.shift()) await send(key);
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, queue.length) }, worker));
  }, [max, source, send]);

  const remove = useCallback((key: string) => {
    picked.current.delete(key);
    setNotice(null);
    setPhotos((list) => list.filter((photo) => photo.key !== key));
  }, []);

  const retry = useCallback(
    async (key: string) => {
      update(key, { status: 'uploading', progress: 0, message: null, canRetry: false });
      await send(key);
    },
    [send, update],
  );

  const fileIds = useMemo(
    () => photos.flatMap((photo) => (photo.status === 'done' && photo.fileId ? [photo.fileId] : [])),
    [photos],
  );

  /** Why the report cannot go yet, or null: nothing may be sent with a photo the resident thinks is attached. */
  const problem = photos.some((photo) => photo.status === 'uploading')
    ? '照片还在上传，请稍候'
    : photos.some((photo) => photo.status === 'failed')
      ? '有照片未能上传，请删除或重试后再提交'
      : null;

  return { photos, fileIds, notice, problem, canAdd: photos.length < max, add, remove, retry };
}
