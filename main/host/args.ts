import { parseArgs } from 'node:util';

export interface HostArgs {
  port: number;
  dataDir: string | undefined;
  rendererDir: string | undefined;
}

/** Parse `--port N --data-dir DIR [--renderer-dir DIR]`, with a message that says what to fix. */
export function parseHostArgs(argv: string[]): HostArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '5199' },
      'data-dir': { type: 'string' },
      'renderer-dir': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, got "${values.port}"`);
  }
  return { port, dataDir: values['data-dir'], rendererDir: values['renderer-dir'] };
}
