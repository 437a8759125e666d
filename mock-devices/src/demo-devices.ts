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

/**
 * Controllers delivered to 阳光花园 and on its network, but not yet put into service: the cloud does not register
 * them, so staff can try 添加设备 in the console against a real protocol (a Hikvision one for a new 东门 and a Dahua
 * one for a new 西门). The e2e journey registers the first.
 */
export const SPARE_DOOR_CONTROLLERS: readonly DoorControllerSpec[] = [
  {
    id: 'dev-cpd-1-east',
    vendor: 'hikvision',
    name: '阳光花园 东门',
    compoundId: 'cpd-1',
    doors: [{ doorNo: 1, name: '东门' }],
    username: 'linli-east',
    password: 'East#cpd1-2026',
  },
  {
    id: 'dev-cpd-1-west',
    vendor: 'dahua',
    name: '阳光花园 西门',
    compoundId: 'cpd-1',
    doors: [{ doorNo: 1, name: '西门' }],
    username: 'linli-west',
    password: 'West#cpd1-2026',
  },
];

/** The demo and spare controllers as simulators: what `startMockDevices` runs when given no `simulators`. */
export function demoSimulators(): SimulatorFactory[] {
  return [...DEMO_DOOR_CONTROLLERS, ...SPARE_DOOR_CONTROLLERS].map((spec) => doorController(spec));
}
