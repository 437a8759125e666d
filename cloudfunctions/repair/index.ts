import { repairContract } from '@linli/shared';
import { createProcessRuntime } from '../core/compose';
import { defineHandler } from '../core/handler/define-handler';
import { assignRepair } from '../core/use-cases/repair/assign-repair';
import { cancelRepair } from '../core/use-cases/repair/cancel-repair';
import { commentOnRepair } from '../core/use-cases/repair/comment-on-repair';
import { confirmRepair } from '../core/use-cases/repair/confirm-repair';
import { getRepair } from '../core/use-cases/repair/get-repair';
import { listJobs } from '../core/use-cases/repair/list-jobs';
import { listMyRepairs } from '../core/use-cases/repair/list-my-repairs';
import { listRepairBoard } from '../core/use-cases/repair/list-repair-board';
import { listRepairWorkers } from '../core/use-cases/repair/list-repair-workers';
import { mergeRepair } from '../core/use-cases/repair/merge-repair';
import { reopenRepair } from '../core/use-cases/repair/reopen-repair';
import { getMyDuty, setDuty } from '../core/use-cases/repair/set-duty';
import { submitRepair } from '../core/use-cases/repair/submit-repair';
import { sweepRepairs } from '../core/use-cases/repair/sweep-repairs';
import { acceptJob, finishJob, startJob } from '../core/use-cases/repair/work-on-job';

export const main = defineHandler(
  repairContract,
  {
    submit: submitRepair,
    mine: listMyRepairs,
    detail: getRepair,
    cancel: cancelRepair,
    confirm: confirmRepair,
    reopen: reopenRepair,
    board: listRepairBoard,
    assign: assignRepair,
    merge: mergeRepair,
    comment: commentOnRepair,
    workers: listRepairWorkers,
    jobs: listJobs,
    accept: acceptJob,
    start: startJob,
    finish: finishJob,
    myDuty: getMyDuty,
    duty: setDuty,
  },
  { timers: { sweep: sweepRepairs }, ...createProcessRuntime() },
);
