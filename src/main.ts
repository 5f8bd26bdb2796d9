import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { seedDataset } from './model/seed-dataset';

const createWorker = () =>
  new Worker(new URL('./worker/projection.worker.ts', import.meta.url), {
    type: 'module',
    name: 'projection',
  });

mount(App, { target: document.getElementById('app')!, props: { dataset: seedDataset(), createWorker } });
