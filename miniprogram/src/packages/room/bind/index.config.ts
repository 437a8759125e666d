export default definePageConfig({ navigationBarTitleText: '绑定房屋' });
