export type { Simulator, SimulatorFactory, SimulatorInfo } from './simulator';
export { type MockDevices, type MockDevicesOptions, startMockDevices } from './start';
