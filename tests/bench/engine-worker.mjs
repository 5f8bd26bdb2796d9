// Monte Carlo through the built projection worker in headless Chromium: the round trip the app pays
// (structured clone of the request, the chunked run with its MessageChannel pauses, the transfer back).
//
// dist/ is served by `vite preview`; the bench page and an instrumented copy of the worker are answered by
// Playwright routes on the same origin (no file is added to dist/). The page speaks comlink's wire format
// by hand (node_modules/comlink/dist/esm/comlink.mjs): it posts
//   { id, type: 'APPLY', path: ['monteCarlo'], argumentList: [{ type: 'RAW', value }, …] }
// and the worker answers { id, type: 'RAW', value } (or type 'HANDLER', name 'throw' on an error).
import { chromium } from '@playwright/test';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  ensureBuilt,
  startPreview,
  stopPreview,
  workerChunk,
} from './bench-common.mjs';

const BENCH_PAGE = '__bench/engine.html';
const PROBED_WORKER = '__bench/probed-worker.js';
const PROBE = '__bench/pause-probe.js';

/**
 * Evaluated first inside the instrumented worker: times every pause the worker takes between indicators
 * (a MessageChannel post from port2, answered on port1's onmessage) from the post to the handler, and the
 * whole call from the message's arrival to the reply, and adds both to the reply. The worker's own code is
 * imported unchanged after it; its channel is created after this module ran, so it is the wrapped one.
 */
const PROBE_SOURCE = `
const RealChannel = self.MessageChannel;
const onmessage = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage');
const realPostMessage = self.postMessage.bind(self);
let received = 0, pausedMs = 0, pauses = 0;
self.addEventListener('message', () => { received = performance.now(); pausedMs = 0; pauses = 0; });
self.MessageChannel = class ProbedChannel extends RealChannel {
  constructor() {
    super();
    let postedAt = 0;
    const post = this.port2.postMessage.bind(this.port2);
    this.port2.postMessage = (...args) => { postedAt = performance.now(); pauses++; return post(...args); };
    const port1 = this.port1;
    Object.defineProperty(port1, 'onmessage', {
      configurable: true,
      get: () => onmessage.get.call(port1),
      set: (fn) => onmessage.set.call(port1, fn && ((event) => { pausedMs += performance.now() - postedAt; fn(event); })),
    });
  }
};
self.postMessage = (message, transfer) =>
  realPostMessage({ ...message, probe: { insideMs: performance.now() - received, pausedMs, pauses } }, transfer);
`;

/** Runs in the page: `warmups` + `runs` monteCarlo calls through a fresh module worker. */
async function roundTrips({ url, request, options, runs, warmups }) {
  const worker = new Worker(url, { type: 'module' });
  let next = 0;
  const call = (method, args) =>
    new Promise((resolve, reject) => {
      const id = `bench-${++next}`;
      const onError = (event) => reject(new Error(`worker error: ${event.message ?? event.type}`));
      const onMessage = (event) => {
        if (event.data?.id !== id) return;
        const receivedAt = performance.now();
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        if (event.data.type === 'RAW') resolve({ data: event.data, receivedAt });
        else reject(new Error(`worker threw: ${JSON.stringify(event.data.value)}`));
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      worker.postMessage({
        id,
        type: 'APPLY',
        path: [method],
        argumentList: args.map((value) => ({ type: 'RAW', value })),
      });
    });
  const rows = [];
  let last = null;
  try {
    for (let i = 0; i < warmups + runs; i++) {
      const t0 = performance.now();
      const { data, receivedAt } = await call('monteCarlo', [request, options]);
      const result = data.value;
      if (!result) throw new Error('monteCarlo answered null (run superseded?)');
      if (i >= warmups) rows.push({ roundTripMs: receivedAt - t0, probe: data.probe ?? null });
      last = result;
      // Let the page settle between runs, as between two slider moves.
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    worker.terminate();
  }
  return {
    rows,
    bands: Array.from(last.bands),
    layout: last.layout,
    probabilities: last.probabilities.length,
  };
}

/**
 * Starts vite preview and Chromium, times the worker's monteCarlo for each case, and stops both.
 * cases: [{ name, request, options }]. Returns { chromium, workerFile, results: { [name]: {...} } }.
 */
export async function benchWorker({ cases, runs, warmups, port, build = false, log = console.error }) {
  ensureBuilt({ force: build, log });
  const workerFile = workerChunk();
  let server;
  let browser;
  try {
    server = await startPreview(port, { log });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const origin = `http://localhost:${port}/`;
    const script = { contentType: 'text/javascript' };
    await context.route(origin + BENCH_PAGE, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>engine bench</title>' }),
    );
    await context.route(origin + PROBE, (route) => route.fulfill({ ...script, body: PROBE_SOURCE }));
    await context.route(origin + PROBED_WORKER, (route) =>
      route.fulfill({ ...script, body: `import './pause-probe.js';\nimport '../${workerFile}';\n` }),
    );
    const page = await context.newPage();
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && log(`page console: ${message.text()}`));
    await page.goto(origin + BENCH_PAGE);
    const results = {};
    for (const { name, request, options } of cases) {
      // The worker as the app loads it, then the instrumented copy (same code, plus the probe).
      log(`worker: ${name}, ${warmups} warm-up + ${runs} runs`);
      const plain = await page.evaluate(roundTrips, {
        url: `/${workerFile}`,
        request,
        options,
        runs,
        warmups,
      });
      log(`worker: ${name}, instrumented copy`);
      const probed = await page.evaluate(roundTrips, {
        url: `/${PROBED_WORKER}`,
        request,
        options,
        runs,
        warmups,
      });
      results[name] = { plain, probed };
    }
    await context.close();
    return { chromium: browser.version(), workerFile, results };
  } finally {
    await browser?.close();
    stopPreview(server);
  }
}
