/** The app's version from package.json, written into exported scenario files. */
declare const __APP_VERSION__: string;

/** Every data vintage's id, name and indicators, from the seed files at build time (vite.config.ts). */
declare module 'virtual:vintage-catalog' {
  const catalog: import('./state/vintage-catalog').VintageCatalog;
  export default catalog;
}
