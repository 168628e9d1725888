/** Pictures and reports of a design: pure, deterministic, the same in the renderer, main and the CLI. */
export { renderSvg, type RenderedSvg, type SvgOptions } from './svg';
export { renderMermaid, mermaidText } from './mermaid';
export { renderMarkdown, type MarkdownOptions } from './markdown';
export { designFromPicture, isPictureName, MAX_PICTURE_BYTES } from './picture';
export { embedDesignInPng, designChunkData, pngChunk, pngDesignPayload, isPng, PNG_SIGNATURE } from './png';
export { renderSvgBands, type BandedSvg, type SvgBand } from './bands';
export { svgDesignPayload, DESIGN_MIME } from './embedSvg';
export * from './options';
export { buildScene } from './scene';
export { toBase64, fromBase64, concatBytes } from './bytes';
