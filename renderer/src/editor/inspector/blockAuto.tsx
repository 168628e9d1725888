import { autoWriteConsistency, type BlockKind } from '../../../../shared/catalog';
import type { ParamValue } from '../../../../shared/model';
import type { AutoValue } from './ParamField';
import { humanize } from './paramFormat';

/**
 * What a block's optional parameters come to when left unset, where that depends on its other
 * parameters: the write consistency follows the copies the block keeps (a quorum with three or
 * more, one with fewer), so a store set to two copies shows "one", as the engine takes it, not
 * its kind's usual "quorum".
 */
export function blockAutoValues(kind: BlockKind, params: Readonly<Record<string, ParamValue>>): Partial<Record<string, AutoValue>> {
  const factor = kind.params.find((d) => d.key === 'replicationFactor');
  if (!factor || factor.type !== 'number' || !kind.params.some((d) => d.key === 'writeConsistency')) return {};
  // A value out of range is flagged on its field and estimated at the kind's default, as here.
  const typed = params.replicationFactor;
  const valid = typeof typed === 'number' && typed >= factor.min && typed <= factor.max && (!factor.integer || Number.isInteger(typed));
  const copies = valid ? typed : factor.default;
  const name = autoWriteConsistency(copies);
  const copiesText = `${copies} ${copies === 1 ? 'copy' : 'copies'}`;
  return {
    writeConsistency: {
      text: `${humanize(name)}, ${copiesText}`,
      note: (
        <>
          Auto: <strong>{name}</strong> for {copiesText} (a quorum with 3 or more copies, one with fewer)
        </>
      ),
    },
  };
}
