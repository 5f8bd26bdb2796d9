// Build-time only (loaded by the `prerender-first-screen` plugin in vite.config.ts through Vite's SSR
// loader): the default view rendered to HTML with Svelte's server renderer, so the page's text, verdicts and
// layout paint before any script runs; main.ts then hydrates it.
import { render } from 'svelte/server';
import App from '../App.svelte';
import { buildVintages, type SeedFiles } from '../state/build-vintages';

/** The address the prerendered page stands for: the app's own, with no share-link query. */
export const PRERENDER_LOCATION = { search: '', hash: '', origin: '', pathname: '/' } as const;

/** The default view's HTML (the body of `#app`), from the same seed files the page fetches. */
export async function renderFirstScreen(files: SeedFiles): Promise<string> {
  const { vintages, defaultVintage, missingHeadlines } = await buildVintages(files);
  const { body } = render(App, {
    props: {
      vintages,
      defaultVintage,
      missingHeadlines,
      createWorker: () => {
        throw new Error('No workers while prerendering');
      },
      location: PRERENDER_LOCATION,
      reducedMotion: false,
    },
  });
  return body;
}
