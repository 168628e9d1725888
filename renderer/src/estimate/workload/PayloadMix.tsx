import type { Operation, PayloadShare } from '../../../../shared/model';
import { formulas } from '../../../../shared/estimate';
import { TextField } from '../../editor/inspector/TextField';
import { formatBytes } from '../format';
import { NumberField } from './NumberField';
import { updateOperation } from './updateWorkload';

/**
 * The media an operation carries ("1 in 10 posts has a 500 KB image", "a 5-minute video at
 * 2.5 Mbit/s"): it goes to blob stores and CDNs, while request and response sizes are metadata.
 * A payload's size is given in bytes, or as duration x bitrate.
 */
export function PayloadMix({ operation, index }: { operation: Operation; index: number }) {
  const mix = operation.payloadMix;
  const setMix = (payloadMix: Operation['payloadMix']) => updateOperation(index, { payloadMix });
  const setAt = (i: number, patch: Partial<PayloadShare>) => setMix(mix.map((q, j) => (j === i ? withBytes({ ...q, ...patch }) : q)));
  return (
    <div className="payload-mix">
      <div className="field-head">
        <span>Media (payload mix)</span>
        <button type="button" className="link" onClick={() => setMix([...mix, { share: 0.1, bytes: 200_000, label: 'image' }])}>
          Add media
        </button>
      </div>
      {mix.map((p, i) => {
        const timed = p.seconds !== undefined && p.bitsPerSecond !== undefined;
        return (
          <div className="payload" key={i} aria-label={`Media ${p.label || i + 1}`}>
            <div className="field-row">
              <TextField label="What" value={p.label} onCommit={(label) => setAt(i, { label })} maxLength={100} />
              <NumberField label="Share" ratio unit="of requests" max={1} value={p.share} onCommit={(share) => setAt(i, { share })} />
              <button type="button" className="link" aria-label="Remove media" onClick={() => setMix(mix.filter((_, j) => j !== i))}>
                ×
              </button>
            </div>
            <label className="select-field">
              <span>Size given as</span>
              <select aria-label="Size given as" value={timed ? 'duration' : 'bytes'} onChange={(e) => setAt(i, e.target.value === 'duration' ? { seconds: 60, bitsPerSecond: 2_500_000 } : { seconds: undefined, bitsPerSecond: undefined })}>
                <option value="bytes">bytes</option>
                <option value="duration">duration x bitrate</option>
              </select>
            </label>
            {timed ? (
              <div className="field-row">
                <NumberField label="Duration" unit="s" max={1e7} value={p.seconds!} onCommit={(seconds) => setAt(i, { seconds: Math.max(seconds, 0.001) })} />
                <NumberField label="Bitrate" unit="Mbit/s" max={1e6} value={p.bitsPerSecond! / 1e6} onCommit={(mbps) => setAt(i, { bitsPerSecond: Math.max(mbps, 1e-6) * 1e6 })} />
                <span className="muted small" data-testid="media-size">= {formatBytes(p.bytes)}</span>
              </div>
            ) : (
              <NumberField label="Size" unit="bytes" max={1e12} value={p.bytes} onCommit={(bytes) => setAt(i, { bytes })} />
            )}
          </div>
        );
      })}
    </div>
  );
}

/** Keeps `bytes` in step with duration x bitrate, so every reader of the document sees the size. */
function withBytes(p: PayloadShare): PayloadShare {
  return p.seconds !== undefined && p.bitsPerSecond !== undefined ? { ...p, bytes: formulas.mediaBytes(p.seconds, p.bitsPerSecond) } : p;
}
