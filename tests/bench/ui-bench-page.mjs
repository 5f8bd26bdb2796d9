// In-page halves of the UI benchmark. Each function is serialised by Playwright and runs inside the page,
// so none may touch this module's scope.

/**
 * Init script (runs before the app's own scripts): timestamps every reply from a Web Worker, with a rough
 * cost of the task that handles it, and (unless `summaryText` is null) records when the first chart and the
 * summary are on screen.
 */
export function benchInit(summaryText) {
  const bench = { replies: [], firstChartAt: null };
  window.__bench = bench;
  const NativeWorker = window.Worker;
  if (NativeWorker) {
    window.Worker = class BenchWorker extends NativeWorker {
      constructor(url, options) {
        super(url, options);
        // Only the projection worker's replies count: the reference and band workers answer other requests.
        if (options?.name !== 'projection') return;
        // Added in the constructor, so it runs before the app's (comlink's) listener.
        this.addEventListener('message', () => {
          const reply = { at: performance.now(), taskMs: null };
          bench.replies.push(reply);
          // A message posted now is handled right after the current task (comlink's listener, the Svelte
          // flush and the chart draw it triggers): a coarse upper bound of that task's cost.
          const channel = new MessageChannel();
          channel.port1.onmessage = () => (reply.taskMs = performance.now() - reply.at);
          channel.port2.postMessage(null);
        });
      }
    };
  }
  const visible = () => {
    // The page marks a canvas once Chart.js has drawn it: a prerendered page has its canvases (blank, with
    // the default 300 × 150 size) before any chart is drawn.
    const canvas = document.querySelector('canvas[data-drawn]');
    if (!canvas || canvas.getBoundingClientRect().width === 0) return false;
    const xpath = `//*[contains(text(), ${JSON.stringify(summaryText)})]`;
    const node = document.evaluate(xpath, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null);
    return Boolean(/** @type {Element | null} */ (node.singleNodeValue)?.checkVisibility());
  };
  const poll = () => {
    if (visible()) bench.firstChartAt = performance.now();
    else requestAnimationFrame(poll);
  };
  // A floor page has no chart: nothing to wait for, and no rAF callback left running during its drag.
  if (summaryText !== null) requestAnimationFrame(poll);
}

/**
 * Drives the slider from its min to its max in `steps` input events, all from inside the page. Each step:
 * mark, dispatch `input`, await two rAF callbacks (the latency the issue asks about); then, when the page
 * talks to a worker, keep awaiting frames until the reply arrived and one frame ran after it (cap `capMs`).
 */
export async function dragInPage({ slider, steps, verdictSelector, capMs }) {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  // Resolves in the next task, i.e. once the current task (handler, microtasks, the frame's rendering
  // when dispatched from a rAF callback) is over.
  const nextTask = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  const min = Number(slider.min);
  const max = Number(slider.max);
  const replies = window.__bench?.replies ?? null;
  const verdictEl = verdictSelector ? document.querySelector(verdictSelector) : null;
  let textBefore = '';
  let changedAt = /** @type {number | null} */ (null);
  const observer = new MutationObserver(() => {
    if (changedAt === null && verdictEl.textContent !== textBefore) changedAt = performance.now();
  });
  if (verdictEl) observer.observe(verdictEl, { subtree: true, childList: true, characterData: true });
  const longTasks = [];
  const longTaskObserver = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  longTaskObserver.observe({ type: 'longtask', buffered: true });

  await frame();
  const start = performance.now();
  const rows = [];
  for (let k = 0; k < steps; k++) {
    const value = (min + ((max - min) * (k + 1)) / steps).toFixed(2);
    textBefore = verdictEl?.textContent ?? '';
    changedAt = null;
    const repliesBefore = replies?.length ?? 0;
    slider.value = value;
    performance.mark(`bench-step-${k}`);
    const t0 = performance.now();
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    const inputDone = await nextTask();
    const frames = [await frame(), await frame()];
    const row = { rafMs: frames[1] - t0, inputTaskMs: inputDone - t0, resultMs: null, replyTaskMs: null };
    if (replies) {
      while (replies.length === repliesBefore && performance.now() - t0 < capMs) frames.push(await frame());
      const reply = replies[repliesBefore];
      if (reply) {
        if (!frames.some((t) => t > reply.at)) frames.push(await frame());
        row.resultMs = frames.find((t) => t > reply.at) - t0;
        // A reply handled before our next-task message is already inside inputTaskMs.
        if (reply.at >= inputDone) row.replyTaskMs = reply.taskMs;
      }
    }
    row.verdictMs = changedAt === null ? null : changedAt - t0;
    rows.push(row);
  }
  performance.mark('bench-end');
  const end = performance.now();
  await frame(); // let the long-task observer deliver
  observer.disconnect();
  longTaskObserver.disconnect();
  const marks = performance
    .getEntriesByType('mark')
    .filter((m) => m.name.startsWith('bench-'))
    .map((m) => ({ name: m.name, startTime: m.startTime }));
  performance.clearMarks();
  return {
    rows,
    start,
    end,
    marks,
    timeOrigin: performance.timeOrigin,
    longTasks: longTasks
      .filter((t) => t.startTime >= start && t.startTime < end)
      .map((t) => ({ startTime: t.startTime, duration: t.duration })),
  };
}
