import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { whenIdle } from './components/when-idle';
import { appUpdate } from './state/app-update.svelte';
import catalog from 'virtual:vintage-catalog';
import { fetchLaterVintage, fetchVintages } from './state/fetch-vintages';
import { nextTask } from './state/next-task';
import { Simulator } from './state/simulator.svelte';
import { locale } from './i18n/locale.svelte';
import { linkLanguage } from './state/url-state';
import { wantsEveryVintage } from './state/url-sync.svelte';

// Each runner's worker has its own name, so DevTools and the UI benchmark can tell them apart.
const createWorker = (name: 'projection' | 'reference' | 'bands') =>
  new Worker(new URL('./worker/projection.worker.ts', import.meta.url), { type: 'module', name });

const target = document.getElementById('app')!;
try {
  // The vintage the page opens with; another is fetched when first wanted (switching, hindsight, a saved
  // scenario made on it), unless the link asks for it at once.
  const [vintages] = await Promise.all([
    fetchVintages(wantsEveryVintage(location.search, catalog)),
    // A link in English gets its table before the page is drawn, so no text flips language.
    locale.load(linkLanguage(location.search)),
  ]);
  // The build prerenders the default view into index.html: take it over as it is, for the bare address and
  // for the default view's own link (a reload). Another link opens another scenario: the first-screen guard
  // marked the page before its first paint (hiding the prerendered view), and the page is drawn afresh.
  const hydratable =
    target.hasAttribute('data-prerendered') &&
    !document.documentElement.classList.contains('not-prerendered');
  // The simulator (data, scenario) is built in a task of its own, started (first projection, effects) in
  // another, then the page is drawn.
  const simulator = new Simulator({
    vintages,
    defaultVintage: catalog.defaultVintage,
    catalog,
    loadVintage: fetchLaterVintage,
    createWorker,
    location,
    reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
  });
  await nextTask();
  simulator.start();
  await nextTask();
  const props = { simulator, missingHeadlines: catalog.missingHeadlines };
  if (hydratable) {
    hydrate(App, { target, props });
  } else {
    target.textContent = '';
    target.removeAttribute('data-prerendered');
    mount(App, { target, props });
  }
  // The page answers input from here on (a prerendered button does nothing before): tests wait for this.
  target.dataset['live'] = '';
  // The service worker (and its download of the whole app for offline use) waits for the page to be loaded
  // and idle: it is no part of the first screen.
  const register = () => whenIdle(() => void appUpdate.register(), 2_000);
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
} catch (error) {
  // Data files missing or invalid: say so in both languages rather than show an empty page.
  target.removeAttribute('data-prerendered');
  target.textContent = `Không tải được dữ liệu / Could not load the data: ${error instanceof Error ? error.message : String(error)}`;
  throw error;
}
