import { useState } from 'react';
import { Inspector } from './inspector/Inspector';
import { usePanelSelection } from './inspector/usePanelSelection';
import { useEditor } from './store/editorStore';
import { BlockEstimate } from '../estimate/summary/BlockEstimate';
import { DesignSummary } from '../estimate/summary/DesignSummary';
import { WorkloadEditor } from '../estimate/workload/WorkloadEditor';
import { HistoryPanel } from './history/HistoryPanel';

type Tab = 'inspect' | 'estimate' | 'workload' | 'history';
const TABS: [Tab, string][] = [
  ['inspect', 'Inspect'],
  ['estimate', 'Estimate'],
  ['workload', 'Workload'],
  ['history', 'History'],
];

/** The right column: the selection's inspector, the design's estimate, and its workload. */
export function RightPanel() {
  const [tab, setTab] = useState<Tab>('inspect');
  const { nodeIds, edgeIds } = usePanelSelection();
  const singleBlock = useEditor((s) => (nodeIds.length === 1 && edgeIds.length === 0 && s.nodes.find((n) => n.id === nodeIds[0])?.type === 'block' ? nodeIds[0] : undefined));
  return (
    <div className="right-panel">
      <div className="tabs" role="tablist" aria-label="Panels">
        {TABS.map(([id, label]) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} className={tab === id ? 'active' : ''} onClick={() => setTab(id)}>
            {label}
          </button>
        ))}
      </div>
      <div className="tab-body" role="tabpanel">
        {tab === 'inspect' && (
          <>
            <Inspector nodeIds={nodeIds} edgeIds={edgeIds} />
            {singleBlock && <BlockEstimate id={singleBlock} />}
          </>
        )}
        {tab === 'estimate' && <DesignSummary />}
        {tab === 'workload' && <WorkloadEditor />}
        {tab === 'history' && <HistoryPanel />}
      </div>
    </div>
  );
}
