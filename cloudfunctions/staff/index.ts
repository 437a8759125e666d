import { staffContract } from '@linli/shared';
import { createProcessRuntime } from '../core/compose';
import { defineHandler } from '../core/handler/define-handler';
import { createStaff } from '../core/use-cases/staff/create-staff';
import { listStaff } from '../core/use-cases/staff/list-staff';
import { resetStaffPassword } from '../core/use-cases/staff/reset-staff-password';
import { updateStaff } from '../core/use-cases/staff/update-staff';

export const main = defineHandler(
  staffContract,
  { list: listStaff, create: createStaff, update: updateStaff, resetPassword: resetStaffPassword },
  createProcessRuntime(),
);
