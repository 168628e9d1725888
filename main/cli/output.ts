/**
 * What the CLI writes, made safe for a terminal: a design's names and labels come from a file,
 * and a control character in one (ESC, BEL, a C1 CSI) would be a terminal escape sequence, able
 * to recolour, retitle or rewrite the user's screen. Each becomes U+FFFD; tabs and newlines stay.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export const terminalSafe = (text: string): string => text.replace(CONTROL, '\ufffd');

/** JSON keeps every character: the ones JSON.stringify leaves raw (DEL and C1) are escaped instead. */
export const jsonSafe = (json: string): string => json.replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export const out = (text: string): void => void process.stdout.write(terminalSafe(text));
/** A file's own bytes sent to standard output (`export --format svg > x.svg`): written as they are. */
export const outFile = (text: string): void => void process.stdout.write(text);
export const err = (text: string): void => void process.stderr.write(terminalSafe(text));
