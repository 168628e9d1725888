import { useMemo } from 'react';
import { edgeParams, networkRoundTripMs, validateEdgeParams } from '../../../../shared/catalog';
import type { Operation } from '../../../../shared/model';
import { plain } from '../../../../shared/format';
import { edgeFigures, networkName } from '../../estimate/edgeFigures';
import { useEstimate } from '../../estimate/estimateStore';
import { formatMs } from '../../estimate/format';
import { EdgeEstimate } from '../../estimate/summary/EdgeEstimate';
import { WhyButton } from '../../estimate/WhyButton';
import { updateEdge } from '../store/actions';
import { useEditor } from '../store/editorStore';
import { setEdgeParam } from './edits';
import { InspectorHeader } from './InspectorHeader';
import { edgeKindOptions } from './kindLabels';
import { OperationsField } from './OperationsField';
import type { AutoValue } from './ParamField';
import { ParamList, type ParamEditorProps } from './ParamList';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

const nodeName = (s: ReturnType<typeof useEditor.getState>, id: string | undefined): string => {
  const n = s.nodes.find((node) => node.id === id);
  return n?.type === 'block' || n?.type === 'group' ? n.data.label : '?';
};

const NO_OPERATIONS: readonly Operation[] = [];

/**
 * What the network and hop latency fields say when unset: what the engine chose for this
 * connection (a client hop is the Internet, not the catalog's "usually same data center").
 */
function useAutoValues(id: string, params: Record<string, unknown>): Partial<Record<string, AutoValue>> {
  const result = useEstimate((s) => s.result);
  return useMemo(() => {
    const f = result ? edgeFigures(result, id) : null;
    const latencyRef = { scope: 'edge', id, figure: 'hopLatencyMs' } as const;
    if (!f) {
      return {
        network: { text: 'chosen from the blocks', note: 'Auto: chosen from the blocks and their regions (estimating…)' },
        latencyMs: { text: 'from the network', placeholder: 'auto', note: "Auto: the network's round trip (estimating…)" },
      };
    }
    const net = networkName(f.network);
    const table = (networkRoundTripMs as Record<string, { ms: number } | undefined>)[f.network];
    const networkSet = params.network !== undefined;
    const latencySet = params.latencyMs !== undefined;
    return {
      network: {
        // Set by hand, the result shows the user's network: what auto would pick is not known here.
        text: networkSet ? 'chosen from the blocks' : `${net}, ${formatMs(f.hopLatencyMs)}`,
        note: networkSet ? (
          <>Unset, the engine chooses from the blocks and their regions.</>
        ) : (
          <>
            Auto: <strong>{net}</strong>, chosen from the blocks · <WhyButton explain={latencyRef} />
          </>
        ),
      },
      latencyMs: {
        text: formatMs(f.hopLatencyMs),
        placeholder: latencySet ? (table ? plain(table.ms) : 'auto') : plain(f.hopLatencyMs),
        note: latencySet ? (
          <>Unset: the {net} round trip{table ? `, ${formatMs(table.ms)}` : ''}.</>
        ) : (
          <>
            Auto: <strong>{formatMs(f.hopLatencyMs)}</strong>, {net} round trip · <WhyButton explain={latencyRef} />
          </>
        ),
      },
    };
  }, [result, id, params.network, params.latencyMs]);
}

/** A connection's kind, label, figures and parameters; subscribes to its data, label and end names only. */
export function EdgeInspector({ id }: { id: string }) {
  const data = useEditor((s) => s.edges.find((e) => e.id === id)?.data);
  const label = useEditor((s) => {
    const l = s.edges.find((e) => e.id === id)?.label;
    return typeof l === 'string' ? l : '';
  });
  const from = useEditor((s) => nodeName(s, s.edges.find((e) => e.id === id)?.source));
  const to = useEditor((s) => nodeName(s, s.edges.find((e) => e.id === id)?.target));
  const operations = useEditor((s) => s.meta?.workload.operations ?? NO_OPERATIONS);
  const params = useMemo(() => data?.params ?? {}, [data]);
  const validation = useMemo(() => validateEdgeParams(params), [params]);
  const auto = useAutoValues(id, params);
  const editors = useMemo(() => ({ operations: (props: ParamEditorProps) => <OperationsField {...props} operations={operations} /> }), [operations]);
  if (!data) return null;

  return (
    <div className="inspector-body">
      <InspectorHeader icon="arrow-right" title="Connection" subtitle={`${from} → ${to}`} />
      <section className="inspector-section">
        <SelectField label="Kind" value={data.kind} options={edgeKindOptions} onChange={(kind) => updateEdge(id, { kind })} />
        <TextField label="Label" value={label} onCommit={(text) => updateEdge(id, { label: text })} maxLength={200} />
      </section>
      <EdgeEstimate id={id} kind={data.kind} networkSet={params.network !== undefined} />
      <ParamList defs={edgeParams} params={params} issues={validation.ok ? [] : validation.issues} auto={auto} editors={editors} onChange={(key, value) => setEdgeParam(id, key, value)} />
    </div>
  );
}
