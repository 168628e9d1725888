import { useId, useState, type ReactNode } from 'react';
import { RotateCcw } from 'lucide-react';
import type { ParamDef } from '../../../../shared/catalog';
import type { ParamValue } from '../../../../shared/model';
import { DraftInput } from './DraftInput';
import { Field } from './Field';
import { editableNumber, formatDefault, humanize, parseNumberParam, unitText, type Parsed } from './paramFormat';

const parseText =
  (maxLength: number) =>
  (text: string): Parsed<string | undefined> =>
    text === '' ? { ok: true, value: undefined } : text.length > maxLength ? { ok: false, message: `At most ${maxLength} characters.` } : { ok: true, value: text };

/**
 * What the engine used for an optional parameter left unset, when the panel knows it (a
 * connection's network and hop latency come from its ends): shown instead of the catalog's
 * "usually" value, which may not be what this item gets.
 */
export interface AutoValue {
  /** e.g. "Internet, 142 ms": the empty choice reads "Auto (Internet, 142 ms)". */
  text: string;
  /** A number field's placeholder, e.g. "142". */
  placeholder?: string;
  /** The line under the control, in place of the default and its source. */
  note: ReactNode;
}

/**
 * One catalog parameter: its label (the accessible name), the user's value or the default as a
 * placeholder, the unit, a reset button when the user has set it, any error, and where the
 * default comes from. `value` undefined means "not set: the default applies".
 */
export function ParamField({
  def,
  value,
  problem,
  auto,
  onChange,
}: {
  def: ParamDef;
  auto?: AutoValue | undefined;
  value: ParamValue | undefined;
  /** What is wrong with the stored value (a document from elsewhere may hold one out of range). */
  problem?: string | undefined;
  onChange: (value: ParamValue | undefined) => void;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const [error, setError] = useState<string | null>(null);
  // Bumped by the reset button: remounts the text box so an unsaved (maybe invalid) draft goes too.
  const [resets, setResets] = useState(0);
  const isSet = value !== undefined;
  const unit = unitText(def.unit);
  const defaultText = formatDefault(def);
  // An optional parameter's default is what the engine works out when it is unset, for reference.
  const defaultLine = def.optional ? `Auto, usually ${defaultText}` : `Default ${defaultText}`;

  const reset = () => {
    setError(null);
    setResets((n) => n + 1);
    onChange(undefined);
  };

  let control;
  switch (def.type) {
    case 'number':
      control = (
        <DraftInput
          key={resets}
          id={id}
          value={typeof value === 'number' ? editableNumber(value) : ''}
          placeholder={auto?.placeholder ?? formatDefault({ ...def, unit: 'count' })}
          parse={(text) => parseNumberParam(def, text)}
          onCommit={onChange}
          errorId={errorId}
          onError={setError}
          inputMode="decimal"
        />
      );
      break;
    case 'text':
      control = (
        <DraftInput key={resets} id={id} value={typeof value === 'string' ? value : ''} placeholder={def.default} parse={parseText(def.maxLength)} onCommit={onChange} errorId={errorId} onError={setError} maxLength={def.maxLength} />
      );
      break;
    case 'choice':
      control = (
        <select id={id} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}>
          <option value="">{auto ? `Auto (${auto.text})` : def.optional ? `Auto (${defaultText})` : `Default (${defaultText})`}</option>
          {def.options.map((o) => (
            <option key={o} value={o}>
              {humanize(o)}
            </option>
          ))}
        </select>
      );
      break;
    case 'flag':
      control = <input id={id} type="checkbox" checked={typeof value === 'boolean' ? value : def.default} onChange={(e) => onChange(e.target.checked)} />;
      break;
  }

  const message = error ?? problem;
  return (
    <Field
      id={id}
      label={def.label}
      hint={def.description}
      className={`field-${def.type}${isSet ? ' field-set' : ''}`}
      actions={
        isSet && (
          // Named "Reset to default" (not after the parameter) so getByLabel(param label) finds only the input.
          <button type="button" className="field-reset" title="Reset to default" aria-label="Reset to default" onClick={reset}>
            <RotateCcw size={12} aria-hidden />
          </button>
        )
      }
      notes={
        <>
          {message && (
            <p id={errorId} className="field-error" role="alert">
              {message}
            </p>
          )}
          {auto ? (
            <p className="field-source field-auto">{auto.note}</p>
          ) : (
            <p className="field-source" title={`${def.description}\n${defaultLine}, from ${def.source}`}>
              {defaultLine} · {def.source}
            </p>
          )}
        </>
      }
    >
      {control}
      {/* Every number keeps the unit column, even unitless, so the boxes line up. */}
      {(unit || def.type === 'number') && <span className="field-unit">{unit}</span>}
    </Field>
  );
}
