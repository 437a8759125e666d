/**
 * Stand-in for `globalThis` in the weapp build (wired by ProvidePlugin in config/index.ts). Some WeChat JS engines
 * have no `globalThis`; the only user in our bundle is zod, which keeps its config and registry singletons on it,
 * and a shared plain object serves that purpose. Do not reference `globalThis` here: the plugin would point this
 * module at itself.
 */
const holder: Record<string, unknown> = {};

export default holder;
