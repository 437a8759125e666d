import { doorController } from './door-controller/door-controller';
import type { DoorControllerSpec } from './door-controller/door-controller-spec';
import type { SimulatorFactory } from './simulator';

/**
 * The door controllers of the demo compound 阳光花园 (`cpd-1`, see the cloud's seed-demo): one Hikvision controller
 * for the pedestrian gates, and one per building for its unit doors (door number = unit number). Building 3 has a
 * Dahua controller so both vendors run locally. The cloud seeds its `devices` collection from this list; the
 * credentials are demo-only.
 */
export const DEMO_DOOR_CONTROLLERS: readonly DoorControllerSpec[] = [
  {
    id: 'dev-cpd-1-gate',
    vendor: 'hikvision',
    name: '阳光花园 大门',
    compoundId: 'cpd-1',
    doors: [
      { doorNo: 1, name: '南门' },
      { doorNo: 2, name: '北门' },
    ],
    username: 'linli-gate',
    password: 'Gate#cpd1-2026',
  },
  ...[1, 2, 3].map(
    (building): DoorControllerSpec => ({
      id: `dev-cpd-1-b${building}`,
      vendor: building === 3 ? 'dahua' : 'hikvision',
      name: `阳光花园 ${building}栋 单元门`,
      compoundId: 'cpd-1',
      buildingId: `cpd-1-b${building}`,
      doors: [1, 2].map((unit) => ({ doorNo: unit, name: `${unit}单元`, unitId: `cpd-1-b${building}-u${unit}` })),
      username: `linli-b${building}`,
      password: `Unit#cpd1-b${building}-2026`,
    }),
  ),
];

/** The demo controllers as simulators: what `startMockDevices` runs when given no `simulators`. */
export function demoSimulators(): SimulatorFactory[] {
  return DEMO_DOOR_CONTROLLERS.map((spec) => doorController(spec));
}
