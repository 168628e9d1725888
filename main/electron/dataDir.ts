import { resolve } from 'node:path';

/**
 * Where the library lives: `--data-dir=DIR` on the command line, else ENVELOPE_DATA_DIR, else
 * Electron's userData folder (asked lazily, since it depends on the app name being set).
 */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, userData: () => string): string {
  const prefix = '--data-dir=';
  const fromArgs = argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
  if (fromArgs) return resolve(fromArgs);
  if (env.ENVELOPE_DATA_DIR) return resolve(env.ENVELOPE_DATA_DIR);
  return userData();
}
