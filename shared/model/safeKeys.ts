/**
 * Object keys no document may hold anywhere: JavaScript gives them meaning on every object, so a
 * design carrying one could reach the prototype of whatever reads it. The document schema refuses
 * them where keys are free (parameter maps) and the text parser refuses them everywhere else, so a
 * save the store acknowledges always reads back (issue 18: "constructor" saved, then never opened).
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export const forbiddenKeyMessage = (key: string): string =>
  `"${key}" cannot be used as a name here: JavaScript reserves it on every object; choose another name`;
