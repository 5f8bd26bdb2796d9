// What the UI benchmark's init script leaves on the page (see ui-bench-page.mjs).
interface BenchReply {
  at: number;
  taskMs: number | null;
}
interface Window {
  __bench: { replies: BenchReply[]; firstChartAt: number | null };
}
