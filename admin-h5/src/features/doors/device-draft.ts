import {
  type DeviceSettings,
  doorContract,
  type FieldIssue,
  type InputOf,
  MAX_DOORS_PER_DEVICE,
  type OutputOf,
} from '@linli/shared';

export type SaveDeviceInput = InputOf<typeof doorContract, 'saveDevice'>;
export type StoredDevice = OutputOf<typeof doorContract, 'device'>['device'];

/** One door row as typed; `key` keeps a row's inputs in place when a row above it is removed. */
export interface DoorDraft {
  key: number;
  doorNo: number;
  name: string;
  /** '' while none is picked (and always for a gate controller). */
  unitId: string;
}

/** The form's values: strings as typed, '' for "not picked", the password blank unless it is being set. */
export interface DeviceDraft {
  vendor: DeviceSettings['vendor'];
  name: string;
  compoundId: string;
  /** '' for the compound's gate controller. */
  buildingId: string;
  baseUrl: string;
  username: string;
  password: string;
  doors: DoorDraft[];
}

/** Problems by the input's path (`name`, `doors`, `doors.1.unitId`), the schema's own or the server's. */
export type DraftIssues = Record<string, string>;

export function draftOf(device: StoredDevice | null): DeviceDraft {
  return {
    vendor: device?.vendor ?? 'hikvision',
    name: device?.name ?? '',
    compoundId: device?.compoundId ?? '',
    buildingId: device?.buildingId ?? '',
    baseUrl: device?.baseUrl ?? '',
    username: device?.username ?? '',
    password: '',
    doors: (device?.doors ?? [{ doorNo: 1, name: '' }]).map((door, key) => ({
      key,
      doorNo: door.doorNo,
      name: door.name,
      unitId: door.unitId ?? '',
    })),
  };
}

/** A new row takes the lowest door number still free, so rows added in turn read 1, 2, 3. */
export function withDoorAdded(doors: readonly DoorDraft[]): DoorDraft[] {
  if (doors.length >= MAX_DOORS_PER_DEVICE) return [...doors];
  const taken = new Set(doors.map((door) => door.doorNo));
  let doorNo = 1;
  while (taken.has(doorNo) && doorNo < MAX_DOORS_PER_DEVICE) doorNo += 1;
  const key = Math.max(-1, ...doors.map((door) => door.key)) + 1;
  return [...doors, { key, doorNo, name: '', unitId: '' }];
}

/**
 * What `door.saveDevice` receives. Blanks are left out rather than sent empty: no building makes a gate controller
 * (whose doors name no unit), and on an edit no password keeps the stored one.
 */
export function inputOf(draft: DeviceDraft, deviceId: string | null): SaveDeviceInput {
  const isUnitController = draft.buildingId !== '';
  return {
    ...(deviceId ? { deviceId } : {}),
    vendor: draft.vendor,
    name: draft.name,
    compoundId: draft.compoundId,
    ...(isUnitController ? { buildingId: draft.buildingId } : {}),
    baseUrl: draft.baseUrl.trim(),
    username: draft.username,
    ...(draft.password ? { password: draft.password } : {}),
    doors: draft.doors.map((door) => ({
      doorNo: door.doorNo,
      name: door.name,
      ...(isUnitController && door.unitId ? { unitId: door.unitId } : {}),
    })),
  };
}

/** Said in Chinese where the contract leaves zod's English default (an unpicked compound, a length cap). */
const FALLBACKS: Record<string, string> = {
  vendor: '请选择品牌',
  compoundId: '请选择设备所在的小区',
  buildingId: '请重新选择楼栋',
  baseUrl: '设备地址不正确',
  username: '设备账号不正确',
  password: '密码不正确',
  doors: '请检查门的设置',
  doorNo: '请重新选择门号',
  name: '名称不正确',
  unitId: '请重新选择单元',
};

const HAS_CHINESE = /[\u4e00-\u9fff]/;

/** Issues by path, the first for each; a message not in Chinese gives way to the field's own sentence. */
export function issuesOf(issues: readonly FieldIssue[]): DraftIssues {
  const byPath: DraftIssues = {};
  for (const { path, message } of issues) {
    const field = path.split('.').pop() ?? path;
    byPath[path] ??= HAS_CHINESE.test(message) ? message : (FALLBACKS[field] ?? '请检查此项');
  }
  return byPath;
}

/**
 * Checks the draft with the contract's own input schema, so the form refuses what the server would; on success
 * returns the input as the server will read it (names trimmed).
 */
export function checkDraft(
  draft: DeviceDraft,
  deviceId: string | null,
): { input: SaveDeviceInput; issues: null } | { input: null; issues: DraftIssues } {
  const parsed = doorContract.actions.saveDevice.input.safeParse(inputOf(draft, deviceId));
  if (parsed.success) return { input: parsed.data, issues: null };
  return {
    input: null,
    issues: issuesOf(parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))),
  };
}
