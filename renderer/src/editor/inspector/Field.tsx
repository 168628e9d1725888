import type { ReactNode } from 'react';

/**
 * The frame every inspector field shares: a label row (the control's accessible name, plus any
 * buttons), the control row, and notes under it (an error, where the default comes from).
 */
export function Field({
  id,
  label,
  hint,
  className = '',
  actions,
  notes,
  children,
}: {
  id: string;
  label: string;
  /** Shown on hover over the label: what the field means. */
  hint?: string;
  className?: string;
  actions?: ReactNode;
  notes?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className={`field ${className}`}>
      <div className="field-head">
        <label htmlFor={id} title={hint}>
          {label}
        </label>
        {actions}
      </div>
      <div className="field-control">{children}</div>
      {notes}
    </div>
  );
}
