import { defineKind, serviceParams } from './common';
import { SRC } from '../sources';

/**
 * Stand-in for a kind this build does not know (a newer document, a typo): estimated as an
 * ordinary stateless service so the rest of the design still adds up, with a warning.
 */
export const genericBlock = defineKind({
  id: 'generic',
  name: 'Unknown block',
  category: 'Compute',
  description: 'A block whose kind this version of Envelope does not know; it is estimated as an ordinary stateless service.',
  icon: 'box',
  synonyms: [],
  stateful: false,
  behaviour: {},
  params: serviceParams({ qps: 1_000, qpsSource: SRC.rateSql, serviceMs: 1, serviceSource: SRC.assumption, technology: 'Unknown' }),
});
