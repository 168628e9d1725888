import { Resvg } from '@resvg/resvg-js';
import { interFontFiles } from './fonts';

/**
 * SVG to PNG with resvg (Rust, shipped as a prebuilt binary in its npm package): no browser, the
 * same pixels on every machine, Inter from our files and no system font ever consulted.
 */
export function rasterize(svg: string, scale: 1 | 2 | 3): Uint8Array {
  const fonts = interFontFiles();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: [fonts.regular, fonts.semiBold], loadSystemFonts: false, defaultFontFamily: 'Inter' },
    // Exports draw everything themselves; nothing may be fetched while rasterising.
    imageRendering: 0,
    shapeRendering: 2,
    textRendering: 1,
  });
  return new Uint8Array(resvg.render().asPng());
}
