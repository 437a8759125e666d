import Taro from '@tarojs/taro';
import { checkPhotoSize, HEAD_BYTES, imageTypeOf, uploadPathFor } from './photo-check';
import type { PhotoSource, PickedPhoto } from './photo-source';

/** Longest side sent: enough to see a crack or a meter reading, a fraction of a phone photo's bytes. */
const MAX_SIDE_PX = 1600;
const JPEG_QUALITY = 80;

function readHead(filePath: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath,
      position: 0,
      length: HEAD_BYTES,
      success: ({ data }) => resolve(typeof data === 'string' ? new Uint8Array() : new Uint8Array(data)),
      fail: reject,
    });
  });
}

function sizeOf(filePath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().getFileInfo({ filePath, success: ({ size }) => resolve(size), fail: reject });
  });
}

/** A smaller JPEG of the photo, or the photo itself when WeChat cannot compress it (the server checks either). */
async function compress(src: string): Promise<string> {
  try {
    const { width, height } = await Taro.getImageInfo({ src });
    const side = width >= height ? { compressedWidth: MAX_SIDE_PX } : { compressedHeight: MAX_SIDE_PX };
    const fit = Math.max(width, height) > MAX_SIDE_PX ? side : {};
    const { tempFilePath } = await Taro.compressImage({ src, quality: JPEG_QUALITY, ...fit });
    return tempFilePath;
  } catch {
    return src;
  }
}

function upload(filePath: string, cloudPath: string, onProgress: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const task = Taro.cloud.uploadFile({
      cloudPath,
      filePath,
      success: ({ fileID }) => resolve(fileID),
      fail: reject,
    });
    task.onProgressUpdate(({ progress }) => onProgress(progress));
  });
}

/** WeChat: chooseMedia, compressImage, then `wx.cloud.uploadFile` into `uploads/` of CloudBase storage. */
export const weappPhotoSource: PhotoSource = {
  async pick(count) {
    try {
      const { tempFiles } = await Taro.chooseMedia({
        count,
        mediaType: ['image'],
        sizeType: ['compressed'],
        sourceType: ['album', 'camera'],
      });
      return tempFiles.map((file): PickedPhoto => ({ previewSrc: file.tempFilePath, file: file.tempFilePath }));
    } catch {
      return []; // Closed without choosing.
    }
  },
  async upload(photo, onProgress) {
    const original = String(photo.file);
    imageTypeOf(await readHead(original));
    const filePath = await compress(original);
    const type = imageTypeOf(await readHead(filePath));
    checkPhotoSize(await sizeOf(filePath));
    return upload(filePath, uploadPathFor(type), onProgress);
  },
};
