// Re-sharing a pass from the list sends a WeChat share card (onShareAppMessage).
export default definePageConfig({ navigationBarTitleText: '我发出的通行证', enableShareAppMessage: true });
