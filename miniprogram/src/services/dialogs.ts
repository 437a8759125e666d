import Taro from '@tarojs/taro';

/** Asks before anything that cannot be undone with one tap. Resolves true only on an explicit confirm. */
export async function confirmAction(options: {
  title: string;
  content: string;
  confirmText: string;
}): Promise<boolean> {
  try {
    const result = await Taro.showModal({
      title: options.title,
      content: options.content,
      confirmText: options.confirmText,
      cancelText: '取消',
    });
    return result.confirm;
  } catch {
    return false;
  }
}

export function showDone(title: string): void {
  void Taro.showToast({ title, icon: 'success', duration: 1500 }).catch(() => undefined);
}
