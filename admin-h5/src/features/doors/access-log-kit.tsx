import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { cloudAnswering, ok, staffProfile } from '../../testing/fake-cloud';
import { mockTransport } from '../../testing/mock-transport';
import type { AccessLogRow, DeviceRow } from './access-labels';
import { AccessLogPage } from './access-log-page';

/**
 * What the access-log tests share: rows, controllers, a scripted cloud and the moves a staff member makes. Each
 * test file still wires the transport mock itself (jest.mock must sit in the test file to be hoisted).
 */
export const WUYE = staffProfile();

export function entry(id: string, overrides: Partial<AccessLogRow> = {}): AccessLogRow {
  return {
    _id: id,
    at: '2026-11-22T05:00:00.000Z',
    doorId: 'dev-cpd-1-gate-1',
    doorName: '南门',
    placeLabel: '阳光花园',
    method: 'app',
    result: 'opened',
    who: '张**',
    latencyMs: 182,
    ...overrides,
  };
}

export const OPENED = entry('log-1');
export const OFFLINE = entry('log-2', {
  at: '2026-11-21T16:30:00.000Z',
  doorId: 'dev-cpd-1-b3-1',
  doorName: '1单元',
  placeLabel: '阳光花园 3栋',
  method: 'card',
  result: 'offline',
  who: '卡号 0042',
  latencyMs: null,
});
export const DEVICES: DeviceRow[] = [
  {
    deviceId: 'dev-cpd-1-gate',
    name: '小区大门',
    vendor: 'hikvision',
    placeLabel: '阳光花园',
    doors: [
      { doorId: 'dev-cpd-1-gate-1', doorNo: 1, name: '南门' },
      { doorId: 'dev-cpd-1-gate-2', doorNo: 2, name: '北门' },
    ],
    isOnline: true,
    lastSeenAt: null,
    lastLatencyMs: null,
    lastProblem: null,
  },
];

export function answer(log: unknown = ok({ items: [OPENED, OFFLINE], nextCursor: null })): void {
  mockTransport.mockImplementation(cloudAnswering({ 'door.accessLog': log, 'door.devices': ok({ devices: DEVICES }) }));
}

export function logCalls(): unknown[] {
  return mockTransport.mock.calls
    .filter(([fn, event]) => fn === 'door' && event.action === 'accessLog')
    .map(([, event]) => event.data);
}

export function rowOf(text: string): HTMLElement {
  const row = screen.getByText(text).closest('tr');
  if (!row) throw new Error(`no row holds ${text}`);
  return row;
}

/** Opens the page and waits for both reads it starts: the first page of entries and the door list. */
export async function openPage(withinId: string | null = null): Promise<void> {
  render(<AccessLogPage withinId={withinId} staff={WUYE} />);
  await screen.findByRole('table', { name: '通行记录' });
  await waitFor(() => expect(screen.getByLabelText('门')).toHaveProperty('disabled', false));
}

/** Fills the filter form as a staff member would and presses 查询. */
export async function filterBy(fields: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(fields)) {
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  }
  fireEvent.click(screen.getByRole('button', { name: '查询' }));
}
