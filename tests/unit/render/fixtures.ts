import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { restoreDesign } from '../../../shared/model/restore';
import type { Design } from '../../../shared/model';

export const FIXTURES = join(__dirname, '../../fixtures/render');
export const GOLDEN_NAMES = ['url-shortener', 'chat-app', 'kitchen-sink'] as const;

export function loadFixture(name: string): Design {
  const restored = restoreDesign(readFileSync(join(FIXTURES, `${name}.envelope.json`), 'utf8'));
  if (!restored.ok) throw new Error(`${name}: ${restored.message}`);
  return restored.design;
}
