import { Fragment, type ReactNode } from 'react';
import { RotateCcw } from 'lucide-react';
import type { ParamDef, ParamIssue } from '../../../../shared/catalog';
import type { ParamValue } from '../../../../shared/model';
import { ParamField, type AutoValue } from './ParamField';

/** What a parameter's own editor gets, when the generic field is not the right control for it. */
export interface ParamEditorProps {
  def: ParamDef;
  value: ParamValue | undefined;
  problem: string | undefined;
  onChange: (value: ParamValue | undefined) => void;
}

/**
 * Every parameter of a kind, then any the document holds that this kind does not use (written by
 * a newer build, or kept from another kind), which can only be removed.
 */
export function ParamList({
  defs,
  params,
  issues,
  auto = {},
  editors = {},
  onChange,
}: {
  defs: readonly ParamDef[];
  params: Record<string, ParamValue>;
  issues: readonly ParamIssue[];
  /** What the engine used for optional parameters left unset, by key (see AutoValue). */
  auto?: Partial<Record<string, AutoValue>>;
  /** Editors that replace the generic field for some keys (a picker for a list of ids). */
  editors?: Partial<Record<string, (props: ParamEditorProps) => ReactNode>>;
  onChange: (key: string, value: ParamValue | undefined) => void;
}) {
  const known = new Set(defs.map((d) => d.key));
  const others = Object.entries(params).filter(([key]) => !known.has(key));
  return (
    <section className="inspector-section" aria-label="Parameters">
      <h3>Parameters</h3>
      {defs.map((def) => {
        const props: ParamEditorProps = {
          def,
          value: params[def.key],
          problem: issues.find((i) => i.path === `params.${def.key}`)?.message,
          onChange: (value) => onChange(def.key, value),
        };
        const editor = editors[def.key];
        return editor ? <Fragment key={def.key}>{editor(props)}</Fragment> : <ParamField key={def.key} {...props} auto={auto[def.key]} />;
      })}
      {others.length > 0 && (
        <>
          <h3>Not used by this kind</h3>
          <ul className="inspector-others">
            {others.map(([key, value]) => (
              <li key={key}>
                <code>{key}</code> = {String(value)}
                <button type="button" className="field-reset" title="Remove" aria-label={`Remove unused parameter ${key}`} onClick={() => onChange(key, undefined)}>
                  <RotateCcw size={12} aria-hidden />
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
