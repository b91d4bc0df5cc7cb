// Fault injection and its control endpoint. Before a request reaches its endpoint (translate only,
// or every endpoint with scope "all"), injectFault() decides whether it hangs or fails:
//   1. a running script (mode.script) decides by request number: ok, hang, or a status;
//   2. otherwise hang (true: never answer; a number: answer that much later), then failNext, then
//      failRate (seeded PRNG), each failing with failStatus.
// GET /__control shows the mode and the counters; POST /__control with JSON changes the mode
// (controlSchema), e.g. {"failStatus":429,"failNext":3} or {"reset":true,"resetStats":true}.

import type http from 'node:http';
import { readBody, send } from './http';
import { controlSchema, type FailStatus, MAX_OTHER_BODY_BYTES, type ScriptStep, type ServerState } from './state';

export const INJECTED_MESSAGES: Record<FailStatus, string> = {
  429: 'Too many requests. Please wait and resend your request.',
  456: 'Quota exceeded. The character limit has been reached.',
  500: 'Internal server error (injected by the local DeepL stand-in).',
  503: 'Temporary Error',
};

export type Fault = { kind: 'hang' } | { kind: 'fail'; status: FailStatus };

/** The script step at `position`, or null when the script is unset or has run out. */
export function scriptStepAt(script: readonly ScriptStep[] | null, position: number): ScriptStep['do'] | null {
  if (!script) return null;
  let start = 0;
  for (const step of script) {
    if (step.times === undefined) return step.do;
    if (position < start + step.times) return step.do;
    start += step.times;
  }
  return null;
}

/** Decides (and counts) the fault for one request; null lets it through. */
export async function injectFault(state: ServerState): Promise<Fault | null> {
  const { mode, stats } = state;
  const scripted = scriptStepAt(mode.script, state.scriptPosition);
  if (scripted !== null) {
    state.scriptPosition += 1;
    stats.scriptedRequests += 1;
    if (scripted === 'ok') return null;
    if (scripted === 'hang') {
      stats.hungRequests += 1;
      return { kind: 'hang' };
    }
    stats.injectedFailures += 1;
    return { kind: 'fail', status: scripted };
  }
  if (mode.hang === true) {
    // Never answered: the client's timeout fires, or close() destroys the socket.
    stats.hungRequests += 1;
    return { kind: 'hang' };
  }
  if (typeof mode.hang === 'number' && mode.hang > 0) await state.sleep(mode.hang);
  let inject = false;
  if (mode.failNext > 0) {
    mode.failNext -= 1;
    inject = true;
  } else if (mode.failRate > 0 && state.rng() < mode.failRate) {
    inject = true;
  }
  if (!inject) return null;
  stats.injectedFailures += 1;
  return { kind: 'fail', status: mode.failStatus };
}

export async function handleControl(state: ServerState, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  if (req.method === 'POST') {
    const { body } = await readBody(req, MAX_OTHER_BODY_BYTES);
    let patch: unknown = {};
    try {
      patch = body.length > 0 ? JSON.parse(body.toString('utf8')) : {};
    } catch {
      send(state.stats, res, 400, { message: 'Invalid JSON' }, undefined, false);
      return;
    }
    const parsed = controlSchema.safeParse(patch);
    if (!parsed.success) {
      send(state.stats, res, 400, { message: 'Invalid control request', issues: parsed.error.issues }, undefined, false);
      return;
    }
    state.setMode(parsed.data);
  } else if (req.method !== 'GET') {
    send(state.stats, res, 405, { message: 'Method not allowed' }, undefined, false);
    return;
  }
  send(state.stats, res, 200, { mode: state.mode, stats: state.stats }, undefined, false);
}
