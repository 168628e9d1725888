import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { defaultDataDir } from '../paths';
import { createServices } from '../services';
import { parseHostArgs } from './args';
import { createHost, listen } from './server';

/** `npm run web`: the browser twin of the desktop app, on 127.0.0.1 only. */
async function main(): Promise<void> {
  let args;
  try {
    args = parseHostArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`envelope web: ${err instanceof Error ? err.message : String(err)}`);
    console.error('usage: npm run web -- [--port 5199] [--data-dir DIR]');
    process.exit(2);
  }
  const here = dirname(fileURLToPath(import.meta.url));
  const rendererDir = resolve(args.rendererDir ?? join(here, '../renderer'));
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error(`envelope web: no built renderer at ${rendererDir}; run "npm run build" first.`);
    process.exit(1);
  }
  const dataDir = resolve(args.dataDir ?? defaultDataDir());
  const services = createServices(dataDir);
  const server = createHost({ dispatch: services.dispatch, rendererDir, port: args.port });
  let port: number;
  try {
    port = await listen(server, args.port);
  } catch (err) {
    console.error(`envelope web: cannot listen on 127.0.0.1:${args.port} (${err instanceof Error ? err.message : String(err)}); pick another --port.`);
    services.close();
    process.exit(1);
  }
  console.log(`Envelope is running at http://127.0.0.1:${port}/`);
  console.log(`Designs are stored in ${dataDir}`);
  const stop = (): void => {
    server.close();
    services.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
