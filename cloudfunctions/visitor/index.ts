import { visitorContract } from '@linli/shared';
import { doorVendorFor } from '../core/adapters/door/door-vendors';
import { createProcessRuntime } from '../core/compose';
import { defineHandler } from '../core/handler/define-handler';
import { createVisitorPass } from '../core/use-cases/visitor/create-visitor-pass';
import { getPassInfo } from '../core/use-cases/visitor/get-pass-info';
import { listMyPasses } from '../core/use-cases/visitor/list-my-passes';
import { listVisitorEntries } from '../core/use-cases/visitor/list-visitor-entries';
import { openWithPass } from '../core/use-cases/visitor/open-with-pass';
import { revokeVisitorPass } from '../core/use-cases/visitor/revoke-visitor-pass';

export const main = defineHandler(
  visitorContract,
  {
    create: createVisitorPass,
    mine: listMyPasses,
    revoke: revokeVisitorPass,
    info: getPassInfo,
    open: openWithPass,
    log: listVisitorEntries,
  },
  createProcessRuntime({ doorVendor: doorVendorFor }),
);
