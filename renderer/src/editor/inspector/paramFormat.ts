import type { NumberParamDef, ParamDef, ParamUnit } from '../../../../shared/catalog';

/** How a unit reads after a number; counts and ratios need none. */
const UNIT_TEXT: Record<ParamUnit, string> = {
  rps: 'req/s',
  ms: 'ms',
  s: 's',
  B: 'B',
  count: '',
  ratio: '',
  cores: 'cores',
  GB: 'GB',
  MB: 'MB',
  TB: 'TB',
  hours: 'h',
  days: 'days',
  choice: '',
  flag: '',
  text: '',
};

export const unitText = (unit: ParamUnit): string => UNIT_TEXT[unit];

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

export const formatNumber = (n: number): string => numberFormat.format(n);

/**
 * A stored number as the text to edit: every digit JavaScript keeps (so it reads back as the same
 * number), but written out, never in scientific notation: 1e-7 -> "0.0000001", 2e21 -> "2000000000000000000000".
 */
export function editableNumber(n: number): string {
  const text = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign, lead, rest = '', exp] = m;
  const digits = lead! + rest;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return `${sign}${digits.padEnd(point, '0')}${point < digits.length ? `.${digits.slice(point)}` : ''}`;
}

/** e.g. "16,000 req/s", "0.999", "Yes". */
export function formatDefault(def: ParamDef): string {
  switch (def.type) {
    case 'number': {
      const unit = unitText(def.unit);
      return unit ? `${formatNumber(def.default)} ${unit}` : formatNumber(def.default);
    }
    case 'choice':
      return humanize(def.default);
    case 'flag':
      return def.default ? 'Yes' : 'No';
    case 'text':
      return def.default === '' ? 'empty' : def.default;
  }
}

const ACRONYMS = new Set(['qps', 'cpu', 'ram', 'ssd', 'hdd', 'dc', 'id']);

/** Catalog option ids are camelCase ("perInstanceQps"); people read "Per instance QPS". */
export function humanize(id: string): string {
  const words = id.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(' ');
  const text = words.map((w) => (ACRONYMS.has(w) ? w.toUpperCase() : w)).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * What the user typed in a number field, checked against the parameter's bounds. Empty means
 * "back to the default". Accepts 1e6, 1_000_000, 1,000,000 and, for ratios, 50%.
 */
export function parseNumberParam(def: NumberParamDef, raw: string): Parsed<number | undefined> {
  let text = raw.trim().replace(/[_\s]/g, '');
  if (text === '') return { ok: true, value: undefined };
  // Commas only as thousands separators: "1,5" is a typo for 1.5, not 15.
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  let scale = 1;
  if (def.unit === 'ratio' && text.endsWith('%')) {
    text = text.slice(0, -1);
    scale = 0.01;
  }
  const n = text === '' || !/^[-+.\d]/.test(text) ? NaN : Number(text) * scale;
  const unit = unitText(def.unit);
  const withUnit = (v: number) => (unit ? `${formatNumber(v)} ${unit}` : formatNumber(v));
  if (!Number.isFinite(n)) return { ok: false, message: `${def.label} must be a number.` };
  if (def.integer && !Number.isInteger(n)) return { ok: false, message: `${def.label} must be a whole number.` };
  if (n < def.min) return { ok: false, message: `${def.label} must be at least ${withUnit(def.min)}.` };
  if (n > def.max) return { ok: false, message: `${def.label} must be at most ${withUnit(def.max)}.` };
  return { ok: true, value: n };
}
