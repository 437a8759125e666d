// The share card (onShareAppMessage) needs sharing switched on for the page.
export default definePageConfig({ navigationBarTitleText: '访客通行证', enableShareAppMessage: true });
