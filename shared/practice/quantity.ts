/**
 * Reads a figure as a candidate writes it on a whiteboard: "23k", "1.2 M", "40 GB", "3e4",
 * "12,000", "5 Gbps", "20 MB/s". Pure. Decimal SI prefixes (k = 1,000), as the engine's default.
 */
export type Dimension = 'rate' | 'bytes' | 'bitsPerSecond' | 'count';

export type ParsedQuantity = { ok: true; value: number } | { ok: false; error: string };

const PREFIX: Record<string, number> = { '': 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6, g: 1e9, G: 1e9, b: 1e9, B: 1e9, t: 1e12, T: 1e12, p: 1e15, P: 1e15 };

const EXAMPLES: Record<Dimension, string> = {
  rate: '"2,300", "23k" or "1.2M" (requests per second)',
  bytes: '"40 GB", "3.5 TB" or "800 MB"',
  bitsPerSecond: '"5 Gbps", "600 Mbps" or "20 MB/s"',
  count: '"12", "1.5k"',
};

/** Parse `text` as a figure of `dimension`; bandwidth comes out in bits per second. */
export function parseQuantity(text: string, dimension: Dimension): ParsedQuantity {
  const t = text.trim().replace(/,/g, '').replace(/_/g, '');
  if (t === '') return { ok: false, error: 'empty' };
  const m = /^([0-9]*\.?[0-9]+(?:e[+-]?[0-9]+)?)\s*(.*)$/i.exec(t);
  if (!m) return { ok: false, error: `"${text}" is not a number; write it like ${EXAMPLES[dimension]}` };
  const n = Number(m[1]);
  const rest = m[2]!.trim();
  const scaled = applyUnit(n, rest, dimension);
  if (scaled === null) return { ok: false, error: `"${rest}" is not a unit for this figure; write it like ${EXAMPLES[dimension]}` };
  return Number.isFinite(scaled) ? { ok: true, value: scaled } : { ok: false, error: `"${text}" is too large` };
}

function applyUnit(n: number, unit: string, dimension: Dimension): number | null {
  // Plain words after the number (e.g. "23k rps", "12 servers", "4 TB/day") are allowed.
  const u = unit.replace(/\s*(rps|qps|req\/s|requests?\/s|\/s(ec)?|per second|servers?|instances?|nodes?|machines?|\/day|per day|a day|total)$/i, '').trim();
  if (dimension === 'bitsPerSecond') {
    const bits = /^([kKmMgGtTpP]?)(bps|bit\/s|b\/s)$/.exec(u);
    if (bits) return n * PREFIX[bits[1]!]!;
    const bytes = /^([kKmMgGtTpP]?)(B|bytes?)(\/s|ps)?$/.exec(u.replace(/\s+/g, ''));
    if (bytes) return n * PREFIX[bytes[1]!]! * 8;
    const bare = /^([kKmMgGtTpP]?)$/.exec(u);
    return bare ? n * PREFIX[bare[1]!]! : null;
  }
  if (dimension === 'bytes') {
    const bytes = /^([kKmMgGtTpP]?)(B|bytes?)?$/.exec(u.replace(/\s+/g, ''));
    return bytes ? n * PREFIX[bytes[1]!]! : null;
  }
  // Rates and counts: a bare SI suffix ("23k", "1.2M", "3B" for billions).
  const bare = /^(k|K|m|M|b|B|bn|g|G|t|T)?$/.exec(u);
  if (!bare) return null;
  return n * (bare[1] === 'bn' ? 1e9 : PREFIX[bare[1] ?? '']!);
}
