/**
 * Every page path in one place. Tab pages live in the main package; each feature sits in a subpackage so the main
 * package stays small. The invitation path is also produced by the server (membership.invite → `path`).
 */
export const TAB_ROUTES = {
  home: '/pages/home/index',
  services: '/pages/services/index',
  me: '/pages/me/index',
} as const;

export const ROUTES = {
  /** 一键开门 sits in the main package: it is the page residents open most, and it must open at once. */
  door: '/pages/door/index',
  bindSearch: '/packages/room/bind/index',
  bindPick: '/packages/room/pick/index',
  bindApply: '/packages/room/apply/index',
  bindResult: '/packages/room/result/index',
  household: '/packages/room/household/index',
  invite: '/packages/room/invite/index',
  acceptInvite: '/packages/room/accept-invite/index',
  settings: '/packages/me/settings/index',
  devLogin: '/packages/dev/login/index',
  visitorCreate: '/packages/visitor/create/index',
  visitorList: '/packages/visitor/list/index',
  /** The visitor's page; the server builds share cards to it (`share.path`), the h5 build also answers `/v/<token>`. */
  visitorPass: '/packages/visitor/pass/index',
  repairSubmit: '/packages/repair/submit/index',
  repairList: '/packages/repair/list/index',
  /** `?id=<repairId>`. */
  repairDetail: '/packages/repair/detail/index',
} as const;

/** A page path with its query; values are encoded so labels in Chinese survive both WeChat and the browser. */
export function withQuery(path: string, query: Record<string, string | number>): string {
  const pairs = Object.entries(query).map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
  return pairs.length === 0 ? path : `${path}?${pairs.join('&')}`;
}

/** Reads one query value as Taro hands it over (h5 may leave it encoded, WeChat decodes it). */
export function queryValue(params: Record<string, string | undefined>, key: string): string {
  const raw = params[key] ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
