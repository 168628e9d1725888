import { practiceDesign, referenceToDesign, type Prompt, type SessionMinutes } from '../../../shared/practice';
import { api } from '../api/client';

/** "Design a URL shortener" → "URL shortener", for design names. */
const subject = (prompt: Prompt): string => prompt.title.replace(/^Design (an? |the )?/i, '');
import { unwrap } from '../api/unwrap';
import { navigate } from '../app/route';

/** Start a session: a new design with the prompt's workload, the session beside it, then open both. */
export async function startPractice(prompt: Prompt, minutes: SessionMinutes): Promise<void> {
  const created = await unwrap(api.createDesign({ name: `Practice: ${subject(prompt)}` }));
  const id = created.summary.id;
  await unwrap(api.saveDesign({ id, document: practiceDesign(prompt, id, created.summary.name) }));
  const session = await unwrap(api.createPracticeSession({ designId: id, prompt, minutes }));
  navigate({ view: 'practiceSession', sessionId: session.id });
}

/** Open the prompt's reference design as a design of its own, in a new window or tab beside this one. */
export async function openReference(prompt: Prompt): Promise<string> {
  const created = await unwrap(api.createDesign({ name: `Reference: ${subject(prompt)}` }));
  const id = created.summary.id;
  await unwrap(api.saveDesign({ id, document: referenceToDesign(prompt, id) }));
  return id;
}
