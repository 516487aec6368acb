import { AI_READINESS_STRINGS_EN, type AiReadinessStrings } from '../rules/strings.en';
import type { DataFlow, FlowLane, FlowNode } from './data-flow';

/**
 * Renders a data flow as a standalone SVG document (a string: no DOM), so the PDF can embed it as
 * vector graphics and the UI can show the same picture. Scope is drawn with line style as well as colour
 * (dashed = out of scope, dotted = outside the system), so it reads in greyscale print.
 */

export interface DataFlowSvgOptions {
  strings?: Pick<AiReadinessStrings, 'dataFlow' | 'componentKinds'>;
  /** A caption drawn above the lanes and used as the image's accessible title. */
  title?: string;
  fontFamily?: string;
}

const MARGIN = 16;
const NODE_W = 168;
const NODE_H = 46;
const COL_GAP = 44;
const ROW_GAP = 12;
const LANE_TITLE = 24;
const LANE_GAP = 18;
const EMPTY_H = 22;
const LEGEND_H = 26;
const TITLE_H = 26;
const LABEL_CHARS = 24;
const SUBLABEL_CHARS = 30;

const STYLE = {
  in: { fill: '#eaf1f8', stroke: '#1f4e79', dash: '', text: '#102a43' },
  out: { fill: '#f3f3f3', stroke: '#7a7a7a', dash: '5 3', text: '#555555' },
  external: { fill: '#ffffff', stroke: '#444444', dash: '1 3', text: '#222222' },
} as const;

/** Characters XML 1.0 does not allow, including lone surrogates. */
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point: they are stripped.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Shortens to `max` characters (code points), ending with an ellipsis when cut. */
function truncate(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

function laneHeight(lane: FlowLane): number {
  return LANE_TITLE + (lane.nodes.length === 0 ? EMPTY_H : lane.rows * (NODE_H + ROW_GAP) - ROW_GAP);
}

interface Placed {
  x: number;
  y: number;
}

function placeNodes(lane: FlowLane, top: number): Map<string, Placed> {
  const perColumn = new Map<number, number>();
  for (const n of lane.nodes) perColumn.set(n.column, (perColumn.get(n.column) ?? 0) + 1);
  const placed = new Map<string, Placed>();
  for (const n of lane.nodes) {
    // Centre shorter columns against the tallest one.
    const offset = ((lane.rows - (perColumn.get(n.column) ?? 0)) * (NODE_H + ROW_GAP)) / 2;
    placed.set(n.id, {
      x: MARGIN + n.column * (NODE_W + COL_GAP),
      y: top + LANE_TITLE + offset + n.row * (NODE_H + ROW_GAP),
    });
  }
  return placed;
}

function subLabel(node: FlowNode, strings: NonNullable<DataFlowSvgOptions['strings']>): string {
  if (node.scope === 'external') return strings.dataFlow.external;
  const kind = node.kind === 'client' ? '' : strings.componentKinds[node.kind];
  return node.scope === 'out' ? `${kind} · ${strings.dataFlow.outOfScope}` : kind;
}

function nodeSvg(node: FlowNode, at: Placed, strings: NonNullable<DataFlowSvgOptions['strings']>): string {
  const s = STYLE[node.scope];
  const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
  const cx = at.x + NODE_W / 2;
  return [
    `<g data-node="${escapeXml(node.id)}">`,
    `<title>${escapeXml(node.label)}</title>`,
    `<rect x="${at.x}" y="${at.y}" width="${NODE_W}" height="${NODE_H}" rx="6" fill="${s.fill}" stroke="${s.stroke}" stroke-width="1.4"${dash}/>`,
    `<text x="${cx}" y="${at.y + 19}" text-anchor="middle" font-size="12" font-weight="bold" fill="${s.text}">${escapeXml(truncate(node.label, LABEL_CHARS))}</text>`,
    `<text x="${cx}" y="${at.y + 35}" text-anchor="middle" font-size="10" fill="${s.text}">${escapeXml(truncate(subLabel(node, strings), SUBLABEL_CHARS))}</text>`,
    '</g>',
  ].join('');
}

function laneSvg(
  lane: FlowLane,
  title: string,
  top: number,
  strings: NonNullable<DataFlowSvgOptions['strings']>,
): string {
  const parts = [
    `<text x="${MARGIN}" y="${top + 15}" font-size="13" font-weight="bold" fill="#102a43">${escapeXml(title)}</text>`,
  ];
  if (lane.nodes.length === 0) {
    parts.push(
      `<text x="${MARGIN}" y="${top + LANE_TITLE + 14}" font-size="11" font-style="italic" fill="#555555">${escapeXml(strings.dataFlow.emptyLane)}</text>`,
    );
    return parts.join('');
  }
  const placed = placeNodes(lane, top);
  for (const edge of lane.edges) {
    const a = placed.get(edge.from);
    const b = placed.get(edge.to);
    if (!a || !b) continue;
    const [x1, y1, x2, y2] = [a.x + NODE_W, a.y + NODE_H / 2, b.x, b.y + NODE_H / 2];
    const mid = (x1 + x2) / 2;
    const style = edge.inScope ? 'stroke="#1f4e79"' : 'stroke="#7a7a7a" stroke-dasharray="5 3"';
    parts.push(
      `<path d="M ${x1} ${y1} C ${mid} ${y1}, ${mid} ${y2}, ${x2 - 2} ${y2}" fill="none" ${style} stroke-width="1.2" marker-end="url(#fw-arrow)"/>`,
    );
  }
  for (const node of lane.nodes) {
    const at = placed.get(node.id);
    if (at) parts.push(nodeSvg(node, at, strings));
  }
  return parts.join('');
}

function legendSvg(top: number, strings: NonNullable<DataFlowSvgOptions['strings']>): string {
  const item = (x: number, scope: 'in' | 'out', label: string) => {
    const s = STYLE[scope];
    const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
    return `<rect x="${x}" y="${top + 6}" width="22" height="12" rx="3" fill="${s.fill}" stroke="${s.stroke}"${dash}/><text x="${x + 28}" y="${top + 16}" font-size="10" fill="#333333">${escapeXml(label)}</text>`;
  };
  return (
    item(MARGIN, 'in', strings.dataFlow.legendInScope) + item(MARGIN + 120, 'out', strings.dataFlow.legendOutOfScope)
  );
}

export function renderDataFlowSvg(flow: DataFlow, options: DataFlowSvgOptions = {}): string {
  const strings = options.strings ?? AI_READINESS_STRINGS_EN;
  const lanes: [FlowLane, string][] = [
    [flow.training, strings.dataFlow.trainingLane],
    [flow.inference, strings.dataFlow.inferenceLane],
  ];
  if (flow.supporting.nodes.length > 0) lanes.push([flow.supporting, strings.dataFlow.supportingLane]);
  const columns = Math.max(3, ...lanes.map(([lane]) => lane.columns));
  const width = MARGIN * 2 + columns * NODE_W + (columns - 1) * COL_GAP;
  let y = MARGIN + (options.title ? TITLE_H : 0);
  const body: string[] = [];
  for (const [lane, title] of lanes) {
    body.push(laneSvg(lane, title, y, strings));
    y += laneHeight(lane) + LANE_GAP;
  }
  body.push(legendSvg(y, strings));
  const height = y + LEGEND_H + MARGIN;
  const font = escapeXml(options.fontFamily ?? 'Helvetica, Arial, sans-serif');
  const title = options.title
    ? escapeXml(options.title)
    : escapeXml(`${strings.dataFlow.trainingLane} / ${strings.dataFlow.inferenceLane}`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}">`,
    `<title>${title}</title>`,
    '<defs><marker id="fw-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M 0 0 L 10 5 L 0 10 z" fill="#444444"/></marker></defs>',
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    options.title
      ? `<text x="${MARGIN}" y="${MARGIN + 14}" font-size="15" font-weight="bold" fill="#102a43">${title}</text>`
      : '',
    ...body,
    '</svg>',
  ].join('\n');
}
