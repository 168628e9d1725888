import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the library lives when no --data-dir / ENVELOPE_DATA_DIR is given: the same folder
 * Electron uses as userData for "Envelope", so the desktop app and the browser twin share it.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.ENVELOPE_DATA_DIR) return env.ENVELOPE_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Envelope');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Envelope');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Envelope');
}
