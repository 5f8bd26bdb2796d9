/// <reference types="vitest/config" />
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, defineConfig, runnerImport, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Strict Content-Security-Policy for the built page: only our own origin, no inline script. Build only,
 * because the dev server injects inline styles for hot reload.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      ),
  };
}

/**
 * The prerendered HTML carries a few style attributes (a chart's height, a legend swatch's colour), which the
 * strict policy would block: allow exactly those, by hash ('unsafe-hashes' covers attributes, nothing else).
 */
function allowStyleAttributes(html: string): string {
  const values = new Set([...html.matchAll(/ style="([^"]*)"/g)].map((match) => match[1]!));
  if (!values.size) return html;
  const hashes = [...values].map(
    (value) => `'sha256-${createHash('sha256').update(value).digest('base64')}'`,
  );
  if (!html.includes("style-src 'self'")) throw new Error('prerender: no style-src in the page policy');
  return html.replace("style-src 'self'", `style-src 'self' 'unsafe-hashes' ${hashes.join(' ')}`);
}

/**
 * Everything main.ts imports statically (not through `import()`), gathered once the module graph is built:
 * these modules make one app chunk, so the first screen loads two scripts (entry and app) instead of a dozen
 * small shared chunks, while the panels off the first screen, Chart.js, the English strings and the rarely
 * used libraries stay in chunks of their own, fetched when wanted.
 */
const firstScreenModules = new Set<string>();

function firstScreenChunk(): Plugin {
  return {
    name: 'first-screen-chunk',
    apply: 'build',
    buildEnd() {
      firstScreenModules.clear();
      const entry = [...this.getModuleIds()].find((id) => id.endsWith('/src/main.ts'));
      if (!entry) throw new Error('first-screen-chunk: src/main.ts is not in the module graph');
      const queue = [entry];
      while (queue.length) {
        const id = queue.pop()!;
        if (firstScreenModules.has(id)) continue;
        firstScreenModules.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
}

const CATALOG_ID = 'virtual:vintage-catalog';
const seedFile = (name: string) => new URL(`./seeds/${name}`, import.meta.url);
const readSeed = (name: string): unknown => JSON.parse(readFileSync(seedFile(name), 'utf8'));

/**
 * `virtual:vintage-catalog`: every vintage's id, name and indicators and which one opens, worked out from the
 * seed files by the page's own loader when the app is built (or served), so the page fetches only the
 * vintage it shows and loads another when first wanted (src/state/vintage-catalog.ts).
 */
function vintageCatalog(): Plugin {
  return {
    name: 'vintage-catalog',
    resolveId: (source) => (source === CATALOG_ID ? `\0${CATALOG_ID}` : null),
    async load(id) {
      if (id !== `\0${CATALOG_ID}`) return null;
      const names = ['indicators.json', 'sources.json', 'later-figures.json'];
      for (const name of names) this.addWatchFile(seedFile(name).pathname);
      const [indicators, sources, later] = names.map(readSeed);
      // The page's own loader, run through Vite's module runner (the config does not import app code).
      const { module } = await runnerImport<typeof import('./src/state/build-vintages')>(
        fileURLToPath(new URL('./src/state/build-vintages.ts', import.meta.url)),
        { configFile: false, logLevel: 'warn' },
      );
      const catalog = await module.catalogOfSeeds({ indicators, sources, later });
      return `export default ${JSON.stringify(catalog)};`;
    },
  };
}

/**
 * The seed files are fetched as data (`?url`): written without their indentation, which gzip does not take
 * away entirely (about 1.3 kB of the three files at gzip -9). Their content, and so their hashed names, stay
 * those of the seeds.
 */
function compactJsonAssets(): Plugin {
  return {
    name: 'compact-json-assets',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const asset of Object.values(bundle)) {
        if (asset.type !== 'asset' || !asset.fileName.endsWith('.json')) continue;
        const text = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
        asset.source = JSON.stringify(JSON.parse(text));
      }
    },
  };
}

/** Chunks that run at start-up, nearly every function of them: the app's and Chart.js's. */
const STARTUP_CHUNKS = new Set(['app', 'chart-setup']);
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * V8's explicit compile hint (Chrome 136+) at the top of the start-up chunks: their functions are compiled
 * while the file streams in, on a background thread, instead of on the main thread at their first call (the
 * first chart's Chart.js code, on a slow phone). Other engines read a comment. The magic comment must be the
 * file's first line, above what Vite adds last, so it goes into the written files; their source maps move
 * down a line with it.
 */
function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    enforce: 'post',
    writeBundle(options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk' && STARTUP_CHUNKS.has(c.name));
      if (chunks.length !== STARTUP_CHUNKS.size)
        throw new Error('compile-hints: a start-up chunk is missing');
      for (const chunk of chunks) {
        const file = resolve(options.dir!, chunk.fileName);
        writeFileSync(file, COMPILE_HINT + readFileSync(file, 'utf8'));
        const mapFile = `${file}.map`;
        if (!existsSync(mapFile)) continue;
        const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { mappings: string };
        map.mappings = `;${map.mappings}`;
        writeFileSync(mapFile, JSON.stringify(map));
      }
    },
  };
}

/**
 * Runs before the first paint: hides the prerendered view when the address asks for another scenario. Inlined
 * (no request before the first paint) and allowed by its hash, so the policy still forbids any other inline
 * script.
 */
const GUARD_SCRIPT = readFileSync(new URL('./src/prerender/first-screen-guard.js', import.meta.url), 'utf8');
const LOADING = '<div id="app"><p>Đang tải… / Loading…</p></div>';

/**
 * Prerenders the default view into index.html at build time (Svelte's server renderer, run through Vite's
 * SSR loader on the same seed files), so text, verdicts and layout paint before any script runs; main.ts
 * hydrates it. Build only: the dev server keeps the plain loading line.
 */
function prerenderFirstScreen(): Plugin {
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(LOADING)) throw new Error('prerender: index.html has no loading line to replace');
        const server = await createServer({
          configFile: false,
          mode: 'production',
          logLevel: 'warn',
          define: { __APP_VERSION__: JSON.stringify(version) },
          plugins: [svelte()],
          server: { middlewareMode: true, hmr: false, ws: false },
          appType: 'custom',
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        try {
          const { renderFirstScreen } = (await server.ssrLoadModule(
            '/src/prerender/render-first-screen.ts',
          )) as typeof import('./src/prerender/render-first-screen');
          const read = (name: string): unknown =>
            JSON.parse(readFileSync(new URL(`./seeds/${name}`, import.meta.url), 'utf8'));
          const { body, query } = await renderFirstScreen({
            indicators: read('indicators.json'),
            sources: read('sources.json'),
            later: read('later-figures.json'),
          });
          if (!html.includes('</title>')) throw new Error('prerender: index.html has no <title>');
          if (!html.includes("script-src 'self'"))
            throw new Error('prerender: no script-src in the page policy');
          // The guard reads which link the prerendered view stands for (main.ts reads the guard's verdict).
          const meta = `<meta name="prerendered-query" content="${query.replace(/&/g, '&amp;')}" />`;
          const guardHash = createHash('sha256').update(GUARD_SCRIPT).digest('base64');
          return allowStyleAttributes(
            html
              .replace('</title>', `</title>\n    ${meta}\n    <script>${GUARD_SCRIPT}</script>`)
              .replace("script-src 'self'", `script-src 'self' 'sha256-${guardHash}'`)
              .replace(LOADING, `<div id="app" data-prerendered>${body}</div>`),
          );
        } finally {
          await server.close();
        }
      },
    },
  };
}

const version = (
  JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }
).version;

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(version) },
  // Relative base: the built app works from any sub-path, or from a folder of static files.
  base: './',
  plugins: [
    svelte(),
    vintageCatalog(),
    contentSecurityPolicy(),
    prerenderFirstScreen(),
    firstScreenChunk(),
    compileHints(),
    compactJsonAssets(),
    VitePWA({
      // Registered from main.ts after the first screen, with an "update available" notice.
      injectRegister: false,
      registerType: 'prompt',
      manifest: {
        name: 'Mục tiêu số — mô phỏng mục tiêu chuyển đổi số',
        short_name: 'Mục tiêu số',
        description:
          'Mô phỏng kịch bản chuyển đổi số quốc gia và Đề án 06 / Digital transformation target simulator',
        lang: 'vi',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f8fafc',
        theme_color: '#9f1239',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Everything the app needs offline: code, the worker, the data files, icons.
        globPatterns: ['**/*.{js,css,html,json,png,svg,woff2}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // See firstScreenChunk().
        advancedChunks: {
          groups: [
            { name: 'app', test: (id: string) => firstScreenModules.has(id) && !id.endsWith('/src/main.ts') },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
    environment: 'node',
  },
});
