import Taro from '@tarojs/taro';

/**
 * Care mode (关怀模式): larger text, more space, bigger touch targets and stronger contrast, app-wide. It starts on
 * when the resident has chosen a large font in WeChat; once they flip the switch in 设置 their choice is kept on
 * the device and wins over the WeChat setting.
 */
export const CARE_MODE_STORAGE_KEY = 'linli.careMode';

/** WeChat's standard font is 16–17 px; 20 px and up is one of its "large" settings. */
export const LARGE_FONT_PX = 20;

type Listener = () => void;

function readStoredChoice(): boolean | null {
  try {
    const stored: unknown = Taro.getStorageSync(CARE_MODE_STORAGE_KEY);
    if (stored === 'on') return true;
    if (stored === 'off') return false;
  } catch {
    // Storage unreadable: fall back to the WeChat setting.
  }
  return null;
}

/** WeChat's font size in px; undefined in the browser and on WeChat versions that do not report it. */
function readFontSizeSetting(): number | undefined {
  try {
    // Taro's typings lack `fontSizeSetting` on getAppBaseInfo (WeChat documents it since base library 2.23.4).
    const size: unknown = Reflect.get(Taro.getAppBaseInfo(), 'fontSizeSetting');
    return typeof size === 'number' && Number.isFinite(size) ? size : undefined;
  } catch {
    return undefined;
  }
}

export function isLargeFont(fontSizePx: number | undefined): boolean {
  return fontSizePx !== undefined && fontSizePx >= LARGE_FONT_PX;
}

function readInitial(): boolean {
  return readStoredChoice() ?? isLargeFont(readFontSizeSetting());
}

let current: boolean | null = null;
const listeners = new Set<Listener>();

function notify(): void {
  for (const listener of listeners) listener();
}

export const careModeStore = {
  isOn(): boolean {
    if (current === null) current = readInitial();
    return current;
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  /** The resident's own choice: applied to every open page at once and remembered on the device. */
  set(isOn: boolean): void {
    current = isOn;
    try {
      Taro.setStorageSync(CARE_MODE_STORAGE_KEY, isOn ? 'on' : 'off');
    } catch {
      // Still applied for this visit; it just will not be remembered.
    }
    notify();
  },
  /** Reads storage and the WeChat setting again (tests; a later "follow WeChat" option). */
  reload(): void {
    current = readInitial();
    notify();
  },
};
