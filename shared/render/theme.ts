/**
 * The canvas's two palettes (renderer/src/styles/app.css), as plain colours: an exported picture
 * has no CSS variables or color-mix(), so mixes are worked out here the way CSS does them (sRGB).
 */
export type ThemeName = 'light' | 'dark';

export interface Palette {
  bg: string;
  panel: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  danger: string;
  nodeBg: string;
  nodeBorder: string;
  ok: string;
  warn: string;
  edge: string;
  noteBg: string;
  noteText: string;
  noteBorder: string;
}

const LIGHT: Palette = {
  bg: '#f7f8fa', panel: '#ffffff', text: '#1d2330', muted: '#667085', border: '#dde1e8', accent: '#3b6ef5', danger: '#c6343c',
  nodeBg: '#ffffff', nodeBorder: '#c9ced8', ok: '#1f9d55', warn: '#d38b00', edge: '#a3a8b3', noteBg: '#fff5b8', noteText: '#3d3510', noteBorder: '#e8d77a',
};

const DARK: Palette = {
  ...LIGHT,
  bg: '#14171c', panel: '#1c2027', text: '#e6e8ec', muted: '#98a2b3', border: '#2e343e', accent: '#6d93ff',
  nodeBg: '#222731', nodeBorder: '#3a4250', edge: '#6f7887', noteBg: '#4a4218', noteText: '#f6eec4', noteBorder: '#6b5f22',
};

export const palette = (theme: ThemeName): Palette => (theme === 'dark' ? DARK : LIGHT);

const channels = (hex: string): number[] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** color-mix(in srgb, a p%, b) for two opaque #rrggbb colours. */
export function mix(a: string, percent: number, b: string): string {
  const [x, y] = [channels(a), channels(b)];
  const p = percent / 100;
  return `#${x.map((c, i) => Math.round(c * p + y[i]! * (1 - p)).toString(16).padStart(2, '0')).join('')}`;
}
