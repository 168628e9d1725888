import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Production build of the bare React Flow page the frame bench compares Envelope with. */
const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: resolve(here, 'bare'),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: resolve(here, '../../out/bench-bare'), emptyOutDir: true, target: 'es2022' },
});
