// The visitor's page: no share menu (forwarding the card would hand the pass on).
export default definePageConfig({ navigationBarTitleText: '访客通行证' });
