import { isWeapp } from '../../services/config';
import { h5PhotoSource } from './photo-source-h5';
import { weappPhotoSource } from './photo-source-weapp';

/** A photo the resident picked, before it is checked and uploaded. */
export interface PickedPhoto {
  /** What its tile shows meanwhile: a temp file path in WeChat, a blob URL in the browser. */
  previewSrc: string;
  /** The platform's handle on the file: its temp path in WeChat, the File in the browser. */
  file: string | Blob;
}

/** Upload progress, 0–100. */
export type OnProgress = (percent: number) => void;

/**
 * Where photos come from and go to. Upload means: check by bytes and size (refusing with PhotoRefusedError),
 * compress, then store; it resolves with the FileStorage id that `repair.submit` takes.
 */
export interface PhotoSource {
  /** Up to `count` photos; an empty list when the resident closes the picker. */
  pick: (count: number) => Promise<PickedPhoto[]>;
  upload: (photo: PickedPhoto, onProgress: OnProgress) => Promise<string>;
}

/** CloudBase storage in WeChat, the local cloud's `POST /api/files` in the browser. */
export const photoSource: PhotoSource = isWeapp ? weappPhotoSource : h5PhotoSource;
