import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { appUpdate } from './state/app-update.svelte';
import { fetchVintages } from './state/fetch-vintages';

// Each runner's worker has its own name, so DevTools and the UI benchmark can tell them apart.
const createWorker = (name: 'projection' | 'reference' | 'bands') =>
  new Worker(new URL('./worker/projection.worker.ts', import.meta.url), { type: 'module', name });

const target = document.getElementById('app')!;
try {
  const { vintages, defaultVintage, missingHeadlines } = await fetchVintages();
  target.textContent = '';
  mount(App, { target, props: { vintages, defaultVintage, missingHeadlines, createWorker } });
  void appUpdate.register();
} catch (error) {
  // Data files missing or invalid: say so in both languages rather than show an empty page.
  target.textContent = `Không tải được dữ liệu / Could not load the data: ${error instanceof Error ? error.message : String(error)}`;
  throw error;
}
