/**
 * The one table of error codes. Every failure that reaches a client carries one of these codes, the HTTP status
 * the local gateway answers with, and a Chinese message fit to show a resident or staff member as it is.
 * Features add their own namespace here (DOOR.*, BILL.*) rather than inventing ad-hoc error bodies.
 */
export const ERRORS = {
  'VALIDATION.FAILED': { status: 400, message: '提交的内容有误，请检查后重试' },
  'REQUEST.MALFORMED': { status: 400, message: '请求格式不正确' },
  'AUTH.UNAUTHENTICATED': { status: 401, message: '请先登录' },
  'AUTH.FORBIDDEN': { status: 403, message: '没有权限执行此操作' },
  'AUTH.OUT_OF_SCOPE': { status: 403, message: '超出您的管辖范围' },
  'AUTH.BAD_CREDENTIALS': { status: 401, message: '账号或密码错误' },
  'AUTH.LOCKED': { status: 423, message: '密码错误次数过多，请15分钟后再试' },
  'FN.NOT_FOUND': { status: 404, message: '功能不存在' },
  'FN.UNKNOWN_ACTION': { status: 404, message: '不支持的操作' },
  'RESOURCE.NOT_FOUND': { status: 404, message: '内容不存在或已删除' },
  'RESOURCE.CONFLICT': { status: 409, message: '内容已被修改，请刷新后重试' },
  'MEMBERSHIP.ALREADY_PENDING': { status: 409, message: '该房屋的申请正在审核中，请耐心等待' },
  'MEMBERSHIP.ALREADY_BOUND': { status: 409, message: '您已是该房屋的认证成员' },
  'MEMBERSHIP.NOT_BOUND': { status: 409, message: '您尚未通过该房屋的认证' },
  'MEMBERSHIP.NOT_PENDING': { status: 409, message: '该申请已处理，无需重复操作' },
  'MEMBERSHIP.INVITE_UNUSABLE': { status: 410, message: '邀请已失效（已过期或已被使用）' },
  'DOOR.NOT_ENTITLED': { status: 403, message: '您没有这扇门的通行权限' },
  'DOOR.DEVICE_OFFLINE': { status: 503, message: '门禁设备离线，请稍后再试或联系物业' },
  'DOOR.DEVICE_TIMEOUT': { status: 504, message: '门禁设备没有及时响应，请再试一次' },
  'DOOR.DEVICE_REJECTED': { status: 502, message: '门禁设备拒绝了开门指令，请联系物业' },
  'PASS.INVALID': { status: 404, message: '通行证无效，请向邀请人确认链接' },
  'PASS.NOT_YET_VALID': { status: 403, message: '通行证尚未生效' },
  'PASS.EXPIRED': { status: 410, message: '通行证已过期' },
  'PASS.USED_UP': { status: 410, message: '通行证次数已用完' },
  'PASS.REVOKED': { status: 410, message: '通行证已被作废' },
  'REPAIR.NOT_FOUND': { status: 404, message: '报修单不存在或您无权查看' },
  'REPAIR.ILLEGAL_TRANSITION': { status: 409, message: '报修单当前状态不能执行此操作，请刷新后查看' },
  'REPAIR.NOT_ASSIGNEE': { status: 403, message: '这不是派给您的工单' },
  'REPAIR.REOPEN_EXPIRED': { status: 409, message: '已超过7天，不能重新打开，请重新报修' },
  'REPAIR.NO_WORKER': { status: 409, message: '暂无在岗的维修师傅可派，请手动选择' },
  'REPAIR.MERGE_INVALID': { status: 409, message: '只能合并到同一小区内未关闭的其他报修单' },
  'RATE.LIMITED': { status: 429, message: '操作太频繁，请稍后再试' },
  'STAFF.ACCOUNT_TAKEN': { status: 409, message: '该账号已被使用' },
  'FILE.NOT_IMAGE': { status: 415, message: '只能上传 JPG、PNG 或 WebP 格式的图片' },
  'FILE.TOO_LARGE': { status: 413, message: '图片不能超过 10MB，请压缩后重试' },
  'FILE.TOO_MANY': { status: 400, message: '一次最多上传 9 张图片' },
  'FILE.NOT_FOUND': { status: 404, message: '图片不存在或已失效，请重新上传' },
  'FILE.LINK_INVALID': { status: 403, message: '图片链接已失效，请刷新页面后重试' },
  UNAVAILABLE: { status: 503, message: '服务暂时不可用，请稍后再试' },
  INTERNAL: { status: 500, message: '系统开小差了，请稍后再试' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

export const ERROR_CODES = Object.keys(ERRORS) as ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  // Not Object.hasOwn: older WeChat JS engines on iOS lack it, and this file ships in the mini-program.
  return typeof value === 'string' && (ERROR_CODES as string[]).includes(value);
}

export function statusOf(code: ErrorCode): number {
  return ERRORS[code].status;
}
