import { BlockIcon } from '../BlockIcon';

export function InspectorHeader({ icon, title, subtitle }: { icon: string; title: string; subtitle?: string }) {
  return (
    <header className="inspector-header">
      <span className="inspector-icon">
        <BlockIcon icon={icon} size={16} />
      </span>
      <div>
        <h2>{title}</h2>
        {subtitle && <p className="muted small">{subtitle}</p>}
      </div>
    </header>
  );
}
