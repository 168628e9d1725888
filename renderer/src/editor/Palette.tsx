// Moved to palette/Palette.tsx; this re-export keeps EditorView's import working until it switches.
export { Palette } from './palette/Palette';
