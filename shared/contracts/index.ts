import { authContract } from './auth';
import type { Contract } from './define-contract';
import { doorContract } from './door';

export { type DoorView, doorResidentContract, ZDoorView } from './door-resident';

import { membershipContract } from './membership';
import { notifyContract } from './notify';
import { placesContract } from './places';
import { repairContract } from './repair';
import { residentsContract } from './residents';
import { staffContract } from './staff';
import { systemContract } from './system';
import { visitorContract } from './visitor';

export { ACCESS_METHODS, ACCESS_RESULTS, type AccessMethod, type AccessResult } from './access-log';
export { authContract } from './auth';
export * from './define-contract';
export {
  DEVICE_VENDORS,
  type DeviceRow,
  type DeviceSettings,
  doorContract,
  MAX_DOORS_PER_DEVICE,
  ZDeviceSettings,
} from './door';
export { membershipContract } from './membership';
export { NOTIFY_TOPICS, notifyContract, ZTopic } from './notify';
export { type ImportReport, placesContract, type RoomRow, ZImportReport, ZRegisterRow, ZRoomRow } from './places';
export {
  REPAIR_ACTIONS,
  type RepairDetail,
  type RepairSummary,
  repairContract,
  ZFileId,
  ZRepairDetail,
  ZRepairSummary,
} from './repair';
export { residentsContract } from './residents';
export { staffContract } from './staff';
export { systemContract } from './system';
export { MAX_PASS_HOURS, PASS_STATES, visitorContract, ZPassShare } from './visitor';

/** Every deployable function's contract, by function name. Harnesses iterate over this. */
export const contracts = {
  auth: authContract,
  door: doorContract,
  membership: membershipContract,
  notify: notifyContract,
  places: placesContract,
  repair: repairContract,
  residents: residentsContract,
  staff: staffContract,
  system: systemContract,
  visitor: visitorContract,
} as const satisfies Record<string, Contract>;

export type FunctionName = keyof typeof contracts;
export const FUNCTION_NAMES = Object.keys(contracts) as FunctionName[];
