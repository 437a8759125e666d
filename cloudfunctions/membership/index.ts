import { membershipContract } from '@linli/shared';
import { createProcessRuntime } from '../core/compose';
import { defineHandler } from '../core/handler/define-handler';
import { acceptInvitation } from '../core/use-cases/membership/accept-invitation';
import { applyForRoom } from '../core/use-cases/membership/apply-for-room';
import { cancelApplication } from '../core/use-cases/membership/cancel-application';
import { createInvitation } from '../core/use-cases/membership/create-invitation';
import { decideApplication } from '../core/use-cases/membership/decide-application';
import { getInvitationInfo } from '../core/use-cases/membership/get-invitation-info';
import { listApplications } from '../core/use-cases/membership/list-applications';
import { listHousehold } from '../core/use-cases/membership/list-household';
import { listMyMemberships } from '../core/use-cases/membership/list-my-memberships';
import { removeMember } from '../core/use-cases/membership/remove-member';
import { switchRoom } from '../core/use-cases/membership/switch-room';

export const main = defineHandler(
  membershipContract,
  {
    apply: applyForRoom,
    mine: listMyMemberships,
    switchRoom,
    cancel: cancelApplication,
    queue: listApplications,
    decide: decideApplication,
    invite: createInvitation,
    inviteInfo: getInvitationInfo,
    acceptInvite: acceptInvitation,
    household: listHousehold,
    remove: removeMember,
  },
  createProcessRuntime(),
);
