import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { reactFlowSelectionListener } from './scripts/vite/reactFlowSelectionListener';

const root = dirname(fileURLToPath(import.meta.url));

/**
 * The one build configuration for main, preload and renderer (electron-vite), with the
 * packaging configuration (electron-builder) beside it as `builderConfig`, used by
 * `npm run dist`. electron-vite was chosen because it builds all three Electron targets from
 * one Vite config with the right module formats (sandboxed preload as CommonJS) and the same
 * renderer bundle serves the browser twin.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(root, 'main/electron/index.ts'),
          // The browser twin: same handlers, plain Node, no Electron.
          host: resolve(root, 'main/host/cli.ts'),
          // PNG export draws a large picture's bands on worker threads (main/export/png.ts).
          pngWorker: resolve(root, 'main/export/pngWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload may only require "electron": bundle everything else into one CJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'main/electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), reactFlowSelectionListener()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // electron-vite leaves bundles unminified; the renderer's is parsed on every open (half the
      // size loads faster, in the browser twin and in the app alike). ENVELOPE_NOMINIFY=1 keeps
      // names readable for CPU profiles of the benches.
      minify: !process.env.ENVELOPE_NOMINIFY,
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});

/** electron-builder packaging (see scripts/dist.mjs). */
export const builderConfig = {
  appId: 'dev.envelope.app',
  productName: 'Envelope',
  directories: { output: 'dist', buildResources: 'assets' },
  files: ['out/**/*', 'package.json'],
  asar: true,
  // better-sqlite3's .node file cannot load from inside an asar archive.
  // resvg's .node file, likewise (PNG export).
  asarUnpack: ['**/node_modules/better-sqlite3/**', '**/node_modules/@resvg/**'],
  // Inter for PNG and PDF export (main/export/fonts.ts looks in resources/fonts).
  extraResources: [{ from: 'assets/fonts', to: 'fonts' }],
  npmRebuild: true,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  fileAssociations: [
    { ext: 'envelope.json', name: 'Envelope design', description: 'Envelope architecture design', mimeType: 'application/vnd.envelope+json', role: 'Editor' },
  ],
  // The deb target requires a maintainer; .invalid marks it as the placeholder to replace before release.
  linux: { target: ['AppImage', 'deb'], category: 'Development', icon: 'assets/icon.png', maintainer: 'Envelope team <maintainers@envelope.invalid>' },
  mac: { target: ['dmg'], category: 'public.app-category.developer-tools', icon: 'assets/icon.png' },
  win: { target: ['nsis'], icon: 'assets/icon.png' },
};
