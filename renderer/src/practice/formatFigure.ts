import type { Dimension } from '../../../shared/practice';
import { formatBits, formatBytes, formatCount, formatRps } from '../estimate/format';

/** An engine figure as the app prints it everywhere else. */
export function formatFigure(value: number, dimension: Dimension): string {
  switch (dimension) {
    case 'rate':
      return formatRps(value);
    case 'bytes':
      return formatBytes(value);
    case 'bitsPerSecond':
      return formatBits(value);
    case 'count':
      return formatCount(value);
  }
}
