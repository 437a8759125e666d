import type { Journey } from '../lib/journey';
import { adminDashboard } from './admin-dashboard';
import { bindRoom } from './bind-room';
import { doorDevices } from './door-devices';
import { doorsAndPasses } from './doors-and-passes';
import { junkBody, unknownFunction } from './gateway-errors';
import { repairJourney } from './repair';
import { residentHome } from './resident-home';

export const JOURNEYS: readonly Journey[] = [
  residentHome,
  adminDashboard,
  junkBody,
  unknownFunction,
  bindRoom,
  doorsAndPasses,
  doorDevices,
  repairJourney,
];
