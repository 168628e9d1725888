import { useCallback, useState, type DragEvent } from 'react';
import { Background, Controls, MiniMap, ReactFlow, useReactFlow, type NodeTypes } from '@xyflow/react';
import { useEditor } from './editorStore';
import { BlockNode } from './BlockNode';
import { blockInfo } from './blockInfo';

/** Module scope, as React Flow requires: a new object each render would remount every node. */
const nodeTypes: NodeTypes = { block: BlockNode };

export const PALETTE_MIME = 'application/x-envelope-kind';

export function Canvas() {
  const nodes = useEditor((s) => s.nodes);
  const edges = useEditor((s) => s.edges);
  const onNodesChange = useEditor((s) => s.onNodesChange);
  const onEdgesChange = useEditor((s) => s.onEdgesChange);
  const onConnect = useEditor((s) => s.onConnect);
  const addBlock = useEditor((s) => s.addBlock);
  const { screenToFlowPosition } = useReactFlow();
  // Fit only a design that opens with blocks: fitting the first dropped block would zoom to 2x.
  const [fitOnOpen] = useState(() => useEditor.getState().nodes.length > 0);

  const onDragOver = useCallback((e: DragEvent) => {
    if (e.dataTransfer.types.includes(PALETTE_MIME)) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      const kind = e.dataTransfer.getData(PALETTE_MIME);
      if (!kind) return;
      e.preventDefault();
      const position = screenToFlowPosition({ x: e.clientX, y: e.clientY });
      addBlock(kind, blockInfo(kind).name, { x: position.x - 80, y: position.y - 24 });
    },
    [addBlock, screenToFlowPosition],
  );

  return (
    <div className="canvas" onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        fitView={fitOnOpen}
        fitViewOptions={{ maxZoom: 1 }}
        defaultViewport={{ x: 0, y: 0, zoom: 1 }}
        snapToGrid
        snapGrid={[8, 8]}
        deleteKeyCode={['Backspace', 'Delete']}
        proOptions={{ hideAttribution: true }}
        colorMode="system"
      >
        <Background gap={16} />
        <Controls />
        <MiniMap pannable zoomable />
      </ReactFlow>
    </div>
  );
}
