export default definePageConfig({ navigationBarTitleText: '我家的报修' });
