import { createRoot } from 'react-dom/client';
import { MarkerType, ReactFlow, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { Design } from '../../../shared/model/design';

/**
 * The baseline: React Flow as its docs set it up, default nodes and edges, no store of our own.
 * It takes the viewport options that change what is drawn from the editor's canvas (fit on open,
 * zoom limits, only visible elements, wheel pans) and the arrowheads the issue asks for, so the
 * two pages draw the same scene. Edges are not animated: an animated edge repaints every frame
 * (100-250 ms a frame at 1,000 blocks without a GPU), so any the editor animates count against it.
 */
const fitViewOptions = { maxZoom: 1, padding: 0.15 };
// The driver passes the editor canvas's size, so both fit the design at the same zoom.
const query = new URLSearchParams(location.search);
const size = { width: Number(query.get('w')) || window.innerWidth, height: Number(query.get('h')) || window.innerHeight };

function toFlow(design: Design): { nodes: Node[]; edges: Edge[] } {
  return {
    nodes: design.nodes.map((n) => ({ id: n.id, position: n.position, data: { label: n.label } })),
    edges: design.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, markerEnd: { type: MarkerType.ArrowClosed } })),
  };
}

function Bare({ initial }: { initial: { nodes: Node[]; edges: Edge[] } }) {
  const [nodes, , onNodesChange] = useNodesState(initial.nodes);
  const [edges, , onEdgesChange] = useEdgesState(initial.edges);
  return (
    <div style={size}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        fitView
        fitViewOptions={fitViewOptions}
        minZoom={0.05}
        maxZoom={4}
        panOnScroll
        onlyRenderVisibleElements
      />
    </div>
  );
}

// The driver serves the design next to the page, as the host serves it to the editor.
const design = (await (await fetch('./design.json')).json()) as Design;
createRoot(document.getElementById('root')!).render(<Bare initial={toFlow(design)} />);
