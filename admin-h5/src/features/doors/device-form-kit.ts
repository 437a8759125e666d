import { fireEvent, screen, waitFor } from '@testing-library/react';
import { cloudAnswering, ok, signIn } from '../../testing/fake-cloud';
import { mockTransport } from '../../testing/mock-transport';
import type { DeviceRow } from './access-labels';

/**
 * What the device-form tests share: the places the form picks from, the server's answers and the moves a staff
 * member makes. Each test file still wires the transport mock itself (jest.mock must sit in the test file to be
 * hoisted) and calls `startClean` before each test.
 */
function place(_id: string, kind: 'compound' | 'building' | 'unit', name: string, parentId: string | null) {
  return { _id, kind, name, parentId, label: name };
}

const COMPOUNDS = [place('cpd-1', 'compound', '阳光花园', 'com-1'), place('cpd-2', 'compound', '翠湖苑', 'com-1')];
const CHILDREN: Record<string, ReturnType<typeof place>[]> = {
  'cpd-1': [place('b-1', 'building', '1栋', 'cpd-1'), place('b-3', 'building', '3栋', 'cpd-1')],
  'cpd-2': [place('b-21', 'building', '21栋', 'cpd-2')],
  'b-3': [place('u-31', 'unit', '1单元', 'b-3'), place('u-32', 'unit', '2单元', 'b-3')],
};

/** The row the server answers a save with, after its probe. */
export function probed(overrides: Partial<DeviceRow> = {}): DeviceRow {
  return {
    deviceId: 'dev-9',
    name: '南门门禁',
    vendor: 'dahua',
    placeLabel: '阳光花园',
    doors: [{ doorId: 'dev-9-1', doorNo: 1, name: '南门' }],
    isOnline: true,
    lastSeenAt: '2026-11-22T05:00:00.000Z',
    lastLatencyMs: 182,
    lastProblem: null,
    ...overrides,
  };
}

export const STORED_B3 = {
  deviceId: 'dev-cpd-1-b3',
  vendor: 'hikvision',
  name: '3栋单元门',
  compoundId: 'cpd-1',
  compoundLabel: '阳光花园',
  buildingId: 'b-3',
  baseUrl: 'http://10.0.3.1',
  username: 'admin',
  doors: [
    { doorNo: 1, name: '1单元', unitId: 'u-31' },
    { doorNo: 2, name: '2单元', unitId: 'u-32' },
  ],
};

export function answer(save: unknown = ok({ device: probed() }), extra: Record<string, unknown> = {}): void {
  mockTransport.mockImplementation(
    cloudAnswering({
      'places.searchCompounds': ok({ items: COMPOUNDS }),
      'places.children': ({ parentId }: { parentId: string }) => ok({ parent: null, items: CHILDREN[parentId] ?? [] }),
      'door.saveDevice': save,
      ...extra,
    }),
  );
}

export function saveCalls(): unknown[] {
  return mockTransport.mock.calls
    .filter(([fn, event]) => fn === 'door' && event.action === 'saveDevice')
    .map(([, event]) => event.data);
}

export function type(label: string, value: string, at = 0): void {
  const field = screen.getAllByLabelText(label)[at];
  if (!field) throw new Error(`no field ${label} #${at}`);
  fireEvent.change(field, { target: { value } });
}

/** Waits for every field under `label` to be usable (its options loaded). */
export async function ready(label: string): Promise<void> {
  await waitFor(() =>
    expect(screen.getAllByLabelText(label).map((field) => (field as HTMLSelectElement).disabled)).not.toContain(true),
  );
}

export function save(): void {
  fireEvent.click(screen.getByRole('button', { name: '保存' }));
}

/** The error a field is described by, as a screen reader reads it after the label; '' when there is none. */
export function errorOf(label: string): string {
  const ids = screen.getByLabelText(label).getAttribute('aria-describedby')?.split(' ') ?? [];
  const errors = ids.map((id) => document.getElementById(id)).filter((node) => node?.className === 'field__error');
  return errors.map((node) => node?.textContent ?? '').join(' ');
}

/** A clean cloud and a signed-in manager, before each test. */
export function startClean(): void {
  mockTransport.mockReset();
  window.sessionStorage.clear();
  signIn();
}
