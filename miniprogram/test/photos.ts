import type { OnProgress, PickedPhoto } from '../src/features/repair/photo-source';

interface Pending {
  photo: PickedPhoto;
  onProgress: OnProgress;
  resolve: (fileId: string) => void;
  reject: (error: unknown) => void;
}

/**
 * A photo source a test drives by hand: it decides what the picker returns, and settles each upload (by the
 * photo's preview name) when it wants, so a page can be seen mid-upload, after a refusal, or after a retry.
 */
export function createFakePhotoSource() {
  const pending = new Map<string, Pending>();
  const fake = {
    /** What the next `pick` returns. */
    nextPick: [] as PickedPhoto[],
    pickedCounts: [] as number[],
    /** Every upload started, by preview name, in order (a retry appears twice). */
    started: [] as string[],
    pick: async (count: number) => {
      fake.pickedCounts.push(count);
      const picked = fake.nextPick;
      fake.nextPick = [];
      return picked;
    },
    upload: (photo: PickedPhoto, onProgress: OnProgress) =>
      new Promise<string>((resolve, reject) => {
        fake.started.push(photo.previewSrc);
        pending.set(photo.previewSrc, { photo, onProgress, resolve, reject });
      }),
    progress(name: string, percent: number) {
      pending.get(name)?.onProgress(percent);
    },
    finish(name: string, fileId: string) {
      pending.get(name)?.resolve(fileId);
    },
    fail(name: string, error: unknown) {
      pending.get(name)?.reject(error);
    },
    reset() {
      pending.clear();
      fake.nextPick = [];
      fake.pickedCounts = [];
      fake.started = [];
    },
  };
  return fake;
}

export const photo = (name: string): PickedPhoto => ({ previewSrc: name, file: name });
