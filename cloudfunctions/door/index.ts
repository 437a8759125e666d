import { doorContract } from '@linli/shared';
import { doorVendorFor } from '../core/adapters/door/door-vendors';
import { createProcessRuntime } from '../core/compose';
import { defineHandler } from '../core/handler/define-handler';
import { checkDevices } from '../core/use-cases/door/check-devices';
import { getDevice } from '../core/use-cases/door/get-device';
import { ingestDeviceEvents } from '../core/use-cases/door/ingest-device-events';
import { listDevices } from '../core/use-cases/door/list-devices';
import { listDoorEntries } from '../core/use-cases/door/list-door-entries';
import { listMyDoors } from '../core/use-cases/door/list-my-doors';
import { openDoor } from '../core/use-cases/door/open-door';
import { removeDevice } from '../core/use-cases/door/remove-device';
import { saveDevice } from '../core/use-cases/door/save-device';

export const main = defineHandler(
  doorContract,
  {
    doors: listMyDoors,
    open: openDoor,
    devices: listDevices,
    device: getDevice,
    saveDevice,
    removeDevice,
    accessLog: listDoorEntries,
  },
  {
    timers: { checkDevices },
    hooks: { 'device-events': ingestDeviceEvents },
    ...createProcessRuntime({ doorVendor: doorVendorFor }),
  },
);
