import { notifyContract } from '@linli/shared';
import { createProcessRuntime } from '../core/compose';
import { defineHandler } from '../core/handler/define-handler';
import { getNotifyTemplates } from '../core/use-cases/notify/get-notify-templates';
import { recordSubscribeAnswers } from '../core/use-cases/notify/record-subscribe-answers';

export const main = defineHandler(
  notifyContract,
  { templates: getNotifyTemplates, answer: recordSubscribeAnswers },
  createProcessRuntime(),
);
