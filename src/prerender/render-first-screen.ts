// Build-time only (loaded by the `prerender-first-screen` plugin in vite.config.ts through Vite's SSR
// loader): the default view rendered to HTML with Svelte's server renderer, so the page's text, verdicts and
// layout paint before any script runs; main.ts then hydrates it.
import { render } from 'svelte/server';
import App from '../App.svelte';
import { buildVintages, type SeedFiles } from '../state/build-vintages';
import { Simulator } from '../state/simulator.svelte';
import { defaultUrlState, encodeUrlState } from '../state/url-state';
import { urlContextOf } from '../state/url-sync.svelte';

/** The address the prerendered page stands for: the app's own, with no share-link query. */
export const PRERENDER_LOCATION = { search: '', hash: '', origin: '', pathname: '/' } as const;

/**
 * The default view's HTML (the body of `#app`), from the same seed files the page fetches, and the share
 * link of that view (the app writes it into the address bar, so a reload opens the same view).
 */
export async function renderFirstScreen(files: SeedFiles): Promise<{ body: string; query: string }> {
  const { vintages, defaultVintage, missingHeadlines } = await buildVintages(files);
  const simulator = new Simulator({
    vintages,
    defaultVintage,
    createWorker: () => {
      throw new Error('No workers while prerendering');
    },
    location: PRERENDER_LOCATION,
    reducedMotion: false,
  });
  simulator.start();
  const { body } = render(App, { props: { simulator, missingHeadlines } });
  const context = urlContextOf(vintages, defaultVintage);
  return { body, query: encodeUrlState(defaultUrlState(context), context) };
}
