import { useReactFlow } from '@xyflow/react';
import { addBlock } from './store/actions';
import { blockKinds } from './blockInfo';
import { BlockIcon } from './BlockIcon';
import { PALETTE_MIME } from './palette/dragMime';

/** Building blocks to drag onto the canvas, or click to add at the centre of the view. */
export function Palette() {
  const { screenToFlowPosition } = useReactFlow();

  const addAtCentre = (kind: string, name: string) => {
    const canvas = document.querySelector('.canvas')?.getBoundingClientRect();
    const centre = canvas
      ? screenToFlowPosition({ x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 })
      : { x: 0, y: 0 };
    addBlock(kind, name, { x: centre.x - 80, y: centre.y - 24 });
  };

  return (
    <aside className="palette" aria-label="Building blocks">
      <h2>Blocks</h2>
      <ul>
        {blockKinds.map((k) => (
          <li key={k.id}>
            <button
              type="button"
              className="palette-item"
              draggable
              data-kind={k.id}
              onDragStart={(e) => {
                e.dataTransfer.setData(PALETTE_MIME, k.id);
                e.dataTransfer.effectAllowed = 'copy';
              }}
              onClick={() => addAtCentre(k.id, k.name)}
            >
              <BlockIcon icon={k.icon} />
              <span>{k.name}</span>
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
