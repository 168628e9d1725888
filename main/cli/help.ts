import { USAGE } from './args';

/** `envelope --help`: every command, with an example of each. */
export const HELP = `envelope: back-of-the-envelope estimates and pictures of architecture designs, headless

commands:
  estimate <design> [--json | --markdown]
      the estimate of a design file (.envelope.json, or an .envelope.svg/.png Envelope exported):
      a summary, every figure as JSON, or a Markdown report with the worked math
      example: envelope estimate docs/examples/url-shortener.envelope.json --markdown > estimate.md

  export <design>... --format png|svg|pdf|md|mermaid [--out FILE|DIR] [--scale 2] [--theme dark]
         [--numbers none|summary|all] [--selection-group NAME]
      pictures (with the design embedded, so they open in Envelope again), a PDF, a Markdown
      report or a Mermaid flowchart of designs: files, quoted globs, or library designs by name or id
      example: envelope export "docs/**/*.envelope.json" --format png --out docs/img
      (envelope export --help for every option and the exit codes)

  help      this text

${USAGE}
`;
