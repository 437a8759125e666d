/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.jpg';
declare module '*.svg';
declare module '*.css';
declare module '*.less';

declare namespace NodeJS {
  interface ProcessEnv {
    /** Set by Taro for the build type; code branches on it at build time. */
    TARO_ENV?: 'weapp' | 'h5';
  }
}

/** CloudBase environment id, defined at build time from LINLI_CLOUD_ENV (config/index.ts); may be empty. */
declare const LINLI_CLOUD_ENV: string;
