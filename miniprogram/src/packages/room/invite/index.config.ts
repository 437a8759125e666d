// The share card (onShareAppMessage) needs sharing switched on for the page.
export default definePageConfig({ navigationBarTitleText: '邀请家人/租户', enableShareAppMessage: true });
