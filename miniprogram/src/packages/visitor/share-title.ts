import { PASS_KIND_LABELS, type PassKindName } from '../../features/visitor/pass-labels';

/** The WeChat share card's title: who the pass is for, so the visitor knows the card is theirs. */
export function shareTitleOf(pass: { visitorName: string; kind: PassKindName }): string {
  return `${pass.visitorName}，这是您的${PASS_KIND_LABELS[pass.kind]}通行证`;
}

export const DEFAULT_SHARE = { title: '邻里 · 社区生活，一处办理' };
