import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { renderDataFlowSvg, type DataFlow, type FlowLane } from '../../../../shared/boundary/data-flow';
import { useAiStrings } from '../ai-shared/strings';

/** An SVG document as a data: URL for an <img>: the picture is drawn, never parsed into the page. */
export function svgDataUrl(svg: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(svg)) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/** One lane as a sentence for the text alternative: columns joined by arrows, a column's nodes by slashes. */
function laneText(lane: FlowLane, outOfScope: string): string {
  const columns: string[][] = [];
  for (const node of lane.nodes) {
    const label = node.scope === 'out' ? `${node.label} (${outOfScope})` : node.label;
    (columns[node.column] ??= []).push(label);
  }
  return columns.map((c) => c.join(' / ')).join(' → ');
}

/**
 * The training and inference paths as the report draws them: the same pure SVG renderer (shared), with the
 * UI language's labels, shown as an image, with the same content as text for screen readers and search.
 */
export function DataFlowFigure({ flow }: { flow: DataFlow }) {
  const { t } = useTranslation();
  const strings = useAiStrings();
  const { url, lanes } = useMemo(() => {
    // The client node's label comes from main; draw it in the UI's language.
    const relabel = (lane: FlowLane): FlowLane => ({
      ...lane,
      nodes: lane.nodes.map((n) => (n.kind === 'client' ? { ...n, label: strings.dataFlow.client } : n)),
    });
    const local: DataFlow = {
      training: relabel(flow.training),
      inference: relabel(flow.inference),
      supporting: flow.supporting,
    };
    const svg = renderDataFlowSvg(local, { strings, fontFamily: 'Helvetica, Arial, sans-serif' });
    const described: Array<[string, FlowLane]> = [
      [strings.dataFlow.trainingLane, local.training],
      [strings.dataFlow.inferenceLane, local.inference],
    ];
    if (local.supporting.nodes.length > 0) described.push([strings.dataFlow.supportingLane, local.supporting]);
    return {
      url: svgDataUrl(svg),
      lanes: described.map(([title, lane]) => ({
        title,
        text: lane.nodes.length === 0 ? strings.dataFlow.emptyLane : laneText(lane, strings.dataFlow.outOfScope),
      })),
    };
  }, [flow, strings]);
  const alt = lanes.map((l) => `${l.title}: ${l.text}.`).join(' ');

  return (
    <figure className="ai-flow" data-testid="data-flow">
      <div className="ai-flow-image">
        <img src={url} alt={alt} data-testid="data-flow-image" />
      </div>
      <figcaption className="muted small">{t('ai.boundary.flow.caption')}</figcaption>
      <details className="ai-flow-text">
        <summary>{t('ai.boundary.flow.asText')}</summary>
        <dl className="facts-table">
          {lanes.map((l) => (
            <div key={l.title} data-testid="data-flow-lane">
              <dt>{l.title}</dt>
              <dd>{l.text}</dd>
            </div>
          ))}
        </dl>
      </details>
    </figure>
  );
}
