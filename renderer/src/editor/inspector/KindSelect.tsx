import { useId } from 'react';
import { blockCategories, type BlockKind } from '../../../../shared/catalog';
import { Field } from './Field';

/** The block kinds by category; an unknown kind stays listed so the select does not lie about it. */
export function KindSelect({ value, known, kinds, onChange }: { value: string; known: boolean; kinds: readonly BlockKind[]; onChange: (kindId: string) => void }) {
  const id = useId();
  return (
    <Field id={id} label="Kind">
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {!known && <option value={value}>Unknown: {value}</option>}
        {blockCategories.map((category) => (
          <optgroup key={category} label={category}>
            {kinds
              .filter((k) => k.category === category)
              .map((k) => (
                <option key={k.id} value={k.id}>
                  {k.name}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </Field>
  );
}
