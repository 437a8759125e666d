import { residentsContract } from '@linli/shared';
import { createProcessRuntime } from '../core/compose';
import { defineHandler } from '../core/handler/define-handler';
import { listResidents } from '../core/use-cases/residents/list-residents';
import { revealIdNumber } from '../core/use-cases/residents/reveal-id-number';

export const main = defineHandler(residentsContract, { list: listResidents, revealIdNumber }, createProcessRuntime());
