import { useId, useState } from 'react';
import type { NumberParamDef } from '../../../../shared/catalog';
import { DraftInput } from '../../editor/inspector/DraftInput';
import { Field } from '../../editor/inspector/Field';
import { formatNumber, parseNumberParam } from '../../editor/inspector/paramFormat';

/** A labelled number committed on Enter or blur, checked against its bounds with a clear message. */
export function NumberField({
  label,
  value,
  onCommit,
  min = 0,
  max = 1e15,
  integer = false,
  unit = '',
  ratio = false,
  hint,
}: {
  label: string;
  value: number;
  onCommit: (value: number) => void;
  min?: number;
  max?: number;
  integer?: boolean;
  /** Shown after the box. */
  unit?: string;
  /** Accept "50%" for 0.5. */
  ratio?: boolean;
  hint?: string;
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const def = { key: id, label, unit: ratio ? 'ratio' : 'count', min, max, integer, type: 'number', default: value, description: '', source: '' } satisfies NumberParamDef;
  return (
    <Field id={id} label={label} hint={hint} notes={error ? <div className="field-error" id={`${id}-error`} role="alert">{error}</div> : null}>
      <DraftInput
        id={id}
        value={formatNumber(value)}
        inputMode="decimal"
        errorId={`${id}-error`}
        onError={setError}
        parse={(text) => {
          const parsed = parseNumberParam(def, text);
          if (!parsed.ok) return parsed;
          return parsed.value === undefined ? { ok: false, message: `${label} needs a value.` } : { ok: true, value: parsed.value };
        }}
        onCommit={onCommit}
      />
      {unit && <span className="unit">{unit}</span>}
    </Field>
  );
}
