import type { DragEvent } from 'react';
import { BlockIcon } from '../BlockIcon';

/** What an item shows, and the drag type it carries. */
export interface PaletteItemLook {
  className: string;
  dataAttrs: Record<`data-${string}`, string>;
  icon: string;
  name: string;
  description: string;
  mime: string;
}

/**
 * One entry of the palette: click to add at the view's centre, or drag onto the canvas. `mime`
 * and `payload` say what the drop carries; `className`/`data-*` are what tests and the canvas find.
 */
export function PaletteItem({
  optionId,
  className,
  dataAttrs,
  icon,
  name,
  description,
  active,
  mime,
  payload,
  onAdd,
}: PaletteItemLook & {
  optionId: string;
  active: boolean;
  payload: string;
  onAdd: () => void;
}) {
  const onDragStart = (e: DragEvent) => {
    e.dataTransfer.setData(mime, payload);
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <li role="presentation">
      <button
        type="button"
        id={optionId}
        role="option"
        aria-selected={active}
        tabIndex={-1}
        className={`${className}${active ? ' active' : ''}`}
        {...dataAttrs}
        title={description}
        draggable
        onDragStart={onDragStart}
        onClick={onAdd}
      >
        <span className="palette-icon">
          <BlockIcon icon={icon} size={16} />
        </span>
        <span className="palette-name">{name}</span>
      </button>
    </li>
  );
}
