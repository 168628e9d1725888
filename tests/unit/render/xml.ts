import { DOMParser } from '@xmldom/xmldom';

/** Parse as strict XML: any well-formedness error fails the test. */
export function parseXml(text: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') errors.push(message);
    },
  }).parseFromString(text, 'image/svg+xml');
  if (errors.length > 0) throw new Error(`not well-formed XML: ${errors.join('; ')}`);
  return doc;
}
