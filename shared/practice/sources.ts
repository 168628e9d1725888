/**
 * Where the prompts' figures come from. The scale of each classic question is the one the
 * well-known interview books state; a figure a book leaves open is marked as this prompt's own
 * assumption, to be said aloud in the interview.
 */
export const SRC = {
  xu: (chapter: string) => `Alex Xu, System Design Interview – An Insider's Guide (2020), ch. ${chapter}`,
  grokking: (chapter: string) => `Grokking the System Design Interview (Design Gurus / Educative), "${chapter}"`,
  seed: 'shared/seed/system-design-notes.md (Back of the envelope)',
  defaults: 'shared/reference/estimation-defaults.md',
  assumption: "this prompt's own assumption (state it aloud; change it if the interviewer does)",
} as const;
