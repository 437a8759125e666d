import { expectThat, type Journey, showResponse } from '../lib/journey';

async function post(baseUrl: string, fn: string, body: string): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${baseUrl}/api/fn/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return { status: response.status, json: await response.json() };
}

function errorCodeOf(json: unknown): unknown {
  return typeof json === 'object' && json !== null && 'error' in json && typeof json.error === 'object' && json.error
    ? (json.error as { code?: unknown }).code
    : undefined;
}

/** A client sending junk gets the envelope with REQUEST.MALFORMED and a 400, not a stack trace. */
export const junkBody: Journey = {
  name: 'junk body to system answers a 400 envelope',
  id: 'gateway-junk',
  isAppPage: false,
  async run({ page, baseUrl }) {
    const { status, json } = await post(baseUrl, 'system', '{this is not json');
    await showResponse(page, 'POST /api/fn/system (junk)', status, json);
    expectThat(status === 400, `expected 400, got ${status}`);
    expectThat(errorCodeOf(json) === 'REQUEST.MALFORMED', `expected REQUEST.MALFORMED, got ${JSON.stringify(json)}`);
  },
};

/** Calling a function that does not exist gets FN.NOT_FOUND and a 404. */
export const unknownFunction: Journey = {
  name: 'unknown function answers a 404 envelope',
  id: 'gateway-unknown-fn',
  isAppPage: false,
  async run({ page, baseUrl }) {
    const { status, json } = await post(baseUrl, 'no-such-function', JSON.stringify({ action: 'ping' }));
    await showResponse(page, 'POST /api/fn/no-such-function', status, json);
    expectThat(status === 404, `expected 404, got ${status}`);
    expectThat(errorCodeOf(json) === 'FN.NOT_FOUND', `expected FN.NOT_FOUND, got ${JSON.stringify(json)}`);
  },
};
