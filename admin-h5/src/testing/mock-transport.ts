import type { SentEvent } from './fake-cloud';

/**
 * Stands in for `api/fetch-transport` in component tests, so the real client still runs over a scripted cloud.
 * A test file wires it with one line (jest.mock must sit in the test file to be hoisted above its imports):
 * `jest.mock('<path>/api/fetch-transport', () => jest.requireActual('<path>/testing/mock-transport'));`
 * and scripts the answers with `mockTransport.mockImplementation(cloudAnswering({...}))`.
 */
export const mockTransport = jest.fn<Promise<unknown>, [string, SentEvent]>();

export function createFetchTransport() {
  return (fn: string, event: SentEvent) => mockTransport(fn, event);
}
