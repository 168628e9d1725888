/** A Chromium to drive and where it was found. */
export interface FoundChromium {
  path: string;
  source: string;
}
/** The Chromium to drive (CHROMIUM_PATH, Playwright's browsers, the system's), or undefined. */
export function findChromium(): FoundChromium | undefined;
/** findChromium, installing Debian's chromium first when none is found and apt-get runs as root. */
export function ensureChromium(): FoundChromium;
/** The places looked at, in order. */
export function placesLooked(): string[];
/** What to run when there is no browser: every way to get one. */
export function howToGetOne(): string;
/** pdftoppm for the export test, installed with apt-get when root, else a message with the command to run. */
export function ensurePdftoppm(): void;
