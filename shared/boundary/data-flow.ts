import type { BoundaryComponent, ComponentKind } from './types';

/**
 * The data-flow definition of a system boundary: the training path, the inference path and the
 * components on neither, as nodes in columns and edges between them. The UI and the PDF draw the same
 * structure; `renderDataFlowSvg` (data-flow-svg.ts) turns it into a standalone vector image.
 *
 * Layout rules (pure, deterministic):
 * - Training path: components with `onTrainingPath`, in the column of their kind in the order
 *   data source → labelling → feature store → training pipeline → evaluation → model registry.
 * - Inference path: a client node (outside the system), then components with `onInferencePath` in the
 *   order serving endpoint → third-party AI APIs and feature store → monitoring.
 * - Components of a kind outside their path's order go in a last column, without edges (their place in
 *   the flow is not modelled). Empty columns are skipped. Within a column: flow order, then name, then id.
 * - Edges join every node of a column to every node of the next non-empty column (data flows from one
 *   stage to the next). An edge is in scope unless one of its ends is out of scope.
 * - Supporting lane: components on neither path (e.g. cloud infrastructure), in one row, no edges.
 */

export type FlowPath = 'training' | 'inference' | 'supporting';
/** `external` marks the client: outside the system, neither in nor out of the boundary. */
export type NodeScope = 'in' | 'out' | 'external';

export interface FlowNode {
  id: string;
  /** The boundary component drawn, or null for the client. */
  componentId: string | null;
  kind: ComponentKind | 'client';
  label: string;
  scope: NodeScope;
  column: number;
  row: number;
}

export interface FlowEdge {
  id: string;
  from: string;
  to: string;
  inScope: boolean;
}

export interface FlowLane {
  path: FlowPath;
  /** Number of columns and of rows in the tallest column; 0 when the lane is empty. */
  columns: number;
  rows: number;
  nodes: FlowNode[];
  edges: FlowEdge[];
}

export interface DataFlow {
  training: FlowLane;
  inference: FlowLane;
  supporting: FlowLane;
}

export const TRAINING_ORDER: readonly (readonly ComponentKind[])[] = [
  ['data_source'],
  ['labelling'],
  ['feature_store'],
  ['training_pipeline'],
  ['evaluation'],
  ['model_registry'],
];

export const INFERENCE_ORDER: readonly (readonly ComponentKind[])[] = [
  ['serving_endpoint'],
  ['third_party_ai_api', 'feature_store'],
  ['monitoring'],
];

type Placeable = Pick<BoundaryComponent, 'id' | 'kind' | 'name' | 'inScope' | 'flowOrder'>;

function byFlow(a: Placeable, b: Placeable): number {
  if (a.flowOrder !== b.flowOrder) return a.flowOrder - b.flowOrder;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

interface Column {
  nodes: FlowNode[];
  /** False for the last column of components whose kind is outside the path's order. */
  connected: boolean;
}

function componentNode(path: FlowPath, c: Placeable): FlowNode {
  return {
    id: `${path}:${c.id}`,
    componentId: c.id,
    kind: c.kind,
    label: c.name,
    scope: c.inScope ? 'in' : 'out',
    column: 0,
    row: 0,
  };
}

function layOut(path: FlowPath, columns: Column[]): FlowLane {
  const used = columns.filter((c) => c.nodes.length > 0);
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  used.forEach((column, index) => {
    column.nodes.forEach((node, row) => nodes.push({ ...node, column: index, row }));
  });
  const placed = new Map(nodes.map((n) => [n.id, n]));
  for (let i = 0; i + 1 < used.length; i++) {
    const here = used[i];
    const next = used[i + 1];
    if (!here?.connected || !next?.connected) continue;
    for (const from of here.nodes) {
      for (const to of next.nodes) {
        const a = placed.get(from.id);
        const b = placed.get(to.id);
        if (!a || !b) continue;
        edges.push({ id: `${a.id}->${b.id}`, from: a.id, to: b.id, inScope: a.scope !== 'out' && b.scope !== 'out' });
      }
    }
  }
  return { path, columns: used.length, rows: Math.max(0, ...used.map((c) => c.nodes.length)), nodes, edges };
}

function pathLane(
  path: 'training' | 'inference',
  members: readonly Placeable[],
  order: readonly (readonly ComponentKind[])[],
  clientLabel: string,
): FlowLane {
  const sorted = [...members].sort(byFlow);
  const ordered = new Set(order.flat());
  const columns: Column[] = order.map((kinds) => ({
    nodes: sorted.filter((c) => kinds.includes(c.kind)).map((c) => componentNode(path, c)),
    connected: true,
  }));
  columns.push({
    nodes: sorted.filter((c) => !ordered.has(c.kind)).map((c) => componentNode(path, c)),
    connected: false,
  });
  if (path === 'inference' && sorted.length > 0) {
    columns.unshift({
      nodes: [
        {
          id: 'inference:client',
          componentId: null,
          kind: 'client',
          label: clientLabel,
          scope: 'external',
          column: 0,
          row: 0,
        },
      ],
      connected: true,
    });
  }
  return layOut(path, columns);
}

export interface DataFlowOptions {
  /** The client node's label (localised by the caller). */
  clientLabel: string;
}

export function buildDataFlow(
  components: readonly Pick<
    BoundaryComponent,
    'id' | 'kind' | 'name' | 'inScope' | 'flowOrder' | 'onTrainingPath' | 'onInferencePath'
  >[],
  options: DataFlowOptions = { clientLabel: 'Client' },
): DataFlow {
  const training = components.filter((c) => c.onTrainingPath);
  const inference = components.filter((c) => c.onInferencePath);
  const neither = [...components.filter((c) => !c.onTrainingPath && !c.onInferencePath)].sort(byFlow);
  const supporting: FlowLane = {
    path: 'supporting',
    columns: neither.length,
    rows: neither.length > 0 ? 1 : 0,
    nodes: neither.map((c, column) => ({ ...componentNode('supporting', c), column })),
    edges: [],
  };
  return {
    training: pathLane('training', training, TRAINING_ORDER, options.clientLabel),
    inference: pathLane('inference', inference, INFERENCE_ORDER, options.clientLabel),
    supporting,
  };
}

export { renderDataFlowSvg, type DataFlowSvgOptions } from './data-flow-svg';
