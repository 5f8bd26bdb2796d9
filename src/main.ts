import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { allVintages, latestDataset, missingHeadlines, seedDataset } from './model/seed-dataset';

const createWorker = () =>
  new Worker(new URL('./worker/projection.worker.ts', import.meta.url), {
    type: 'module',
    name: 'projection',
  });

const vintages = allVintages();
// The later vintage becomes the default only once it covers every headline indicator.
const missing = missingHeadlines(latestDataset());
const defaultVintage = missing.length ? seedDataset().vintage : latestDataset().vintage;

mount(App, {
  target: document.getElementById('app')!,
  props: { vintages, defaultVintage, missingHeadlines: missing, createWorker },
});
