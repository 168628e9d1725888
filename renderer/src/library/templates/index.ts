import { DesignSchema, type Design } from '../../../../shared/model';
import urlShortener from './urlShortener.json';
import chatApp from './chatApp.json';
import videoUpload from './videoUpload.json';

/** Starting points offered by "New design". Each is a whole design document, checked by the model's schema. */
export interface Template {
  id: string;
  name: string;
  document: Design;
}

// Parsing (not casting) means a template that drifts from the schema fails loudly in the unit test.
export const templates: readonly Template[] = [urlShortener, chatApp, videoUpload].map((raw) => {
  const document = DesignSchema.parse(raw);
  return { id: document.id, name: document.name, document };
});
