import { ratePeriods, type Operation } from '../../../../shared/model';
import { NumberField } from './NumberField';
import { updateOperation } from './updateWorkload';

const PERIOD_LABEL: Record<(typeof ratePeriods)[number], string> = { second: 'a second', minute: 'a minute', hour: 'an hour', day: 'a day' };

/**
 * How often the operation happens, as people state it: per user per day ("10 views a day"), or as
 * a total across all users ("3,000 uploads a minute"), which then decides the rate.
 */
export function OperationRate({ operation, index }: { operation: Operation; index: number }) {
  const rate = operation.rate;
  const set = (patch: Partial<Operation>) => updateOperation(index, patch);
  return (
    <div className="operation-rate">
      <label className="select-field">
        <span>Rate given</span>
        <select aria-label="Rate given" value={rate ? 'total' : 'perUser'} onChange={(e) => set({ rate: e.target.value === 'total' ? { count: 1_000, per: 'minute' } : undefined })}>
          <option value="perUser">per user per day</option>
          <option value="total">as a total for all users</option>
        </select>
      </label>
      {rate ? (
        <div className="field-row">
          <NumberField label="Requests in all" value={rate.count} onCommit={(count) => set({ rate: { ...rate, count } })} max={1e15} />
          <label className="select-field">
            <span>Per</span>
            <select aria-label="Per" value={rate.per} onChange={(e) => set({ rate: { ...rate, per: e.target.value as (typeof ratePeriods)[number] } })}>
              {ratePeriods.map((p) => (
                <option key={p} value={p}>
                  {PERIOD_LABEL[p]}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : (
        <NumberField label="Requests per user per day" value={operation.requestsPerUserPerDay} onCommit={(v) => set({ requestsPerUserPerDay: v })} max={1e6} />
      )}
    </div>
  );
}
