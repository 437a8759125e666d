import { authContract } from '@linli/shared';
import { createProcessRuntime } from '../core/compose';
import { defineHandler } from '../core/handler/define-handler';
import { changePassword } from '../core/use-cases/auth/change-password';
import { getMe } from '../core/use-cases/auth/get-me';
import { logOut } from '../core/use-cases/auth/log-out';
import { staffLogin } from '../core/use-cases/auth/staff-login';

export const main = defineHandler(
  authContract,
  { staffLogin, logout: logOut, changePassword, me: getMe },
  createProcessRuntime(),
);
