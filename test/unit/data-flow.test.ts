import { describe, expect, it } from 'vitest';
import { buildDataFlow, renderDataFlowSvg, type FlowLane } from '../../shared/boundary/data-flow';
import { escapeXml } from '../../shared/boundary/data-flow-svg';
import { component } from '../support/ai-fixtures';

const components = [
  component('ds1', 'data_source', { name: 'Customer tickets', flowOrder: 1, onTrainingPath: true }),
  component('ds2', 'data_source', {
    name: 'Legacy CRM export',
    flowOrder: 0,
    onTrainingPath: true,
    inScope: false,
    scopeReason: 'Retired',
  }),
  component('lab', 'labelling', { name: 'Labelling', onTrainingPath: true }),
  component('fs', 'feature_store', {
    name: 'Feature store',
    flowOrder: 2,
    onTrainingPath: true,
    onInferencePath: true,
  }),
  component('tp', 'training_pipeline', { name: 'Training', onTrainingPath: true }),
  component('reg', 'model_registry', { name: 'Registry', onTrainingPath: true }),
  component('oth', 'other', { name: 'Synthetic data generator', onTrainingPath: true }),
  component('srv', 'serving_endpoint', { name: 'Scoring API', onInferencePath: true }),
  component('api', 'third_party_ai_api', { name: 'Hosted LLM', flowOrder: 1, onInferencePath: true }),
  component('mon', 'monitoring', { name: 'Drift monitor', onInferencePath: true }),
  component('infra', 'infrastructure', { name: 'Cloud account' }),
];

function layout(lane: FlowLane) {
  return lane.nodes.map((n) => `${n.componentId ?? 'client'}@${n.column},${n.row}:${n.scope}`);
}

function edges(lane: FlowLane) {
  return lane.edges.map((e) => `${e.from.split(':')[1]}>${e.to.split(':')[1]}${e.inScope ? '' : ' (out)'}`);
}

describe('buildDataFlow', () => {
  const flow = buildDataFlow(components, { clientLabel: 'Client' });

  it('lays the training path out in stage order, skipping empty stages, extras last', () => {
    expect(layout(flow.training)).toEqual([
      'ds2@0,0:out',
      'ds1@0,1:in',
      'lab@1,0:in',
      'fs@2,0:in',
      'tp@3,0:in',
      'reg@4,0:in',
      'oth@5,0:in',
    ]);
    expect(flow.training).toMatchObject({ columns: 6, rows: 2 });
    expect(edges(flow.training)).toEqual(['ds2>lab (out)', 'ds1>lab', 'lab>fs', 'fs>tp', 'tp>reg']);
  });

  it('starts the inference path at the client, fans out to APIs and the feature store, then monitoring', () => {
    expect(layout(flow.inference)).toEqual([
      'client@0,0:external',
      'srv@1,0:in',
      'api@2,0:in',
      'fs@2,1:in',
      'mon@3,0:in',
    ]);
    expect(edges(flow.inference)).toEqual(['client>srv', 'srv>api', 'srv>fs', 'api>mon', 'fs>mon']);
    expect(flow.inference.nodes[0]?.label).toBe('Client');
  });

  it('puts components on neither path in the supporting lane', () => {
    expect(layout(flow.supporting)).toEqual(['infra@0,0:in']);
    expect(flow.supporting.edges).toEqual([]);
  });

  it('is empty, without a client, when there are no components', () => {
    const empty = buildDataFlow([]);
    for (const lane of [empty.training, empty.inference, empty.supporting])
      expect(lane).toMatchObject({ nodes: [], edges: [], columns: 0, rows: 0 });
  });
});

/** A small well-formedness check: balanced tags, quoted attributes, no raw `<` or stray `&` in text. */
function assertWellFormedXml(xml: string): void {
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  const entity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  const stack: string[] = [];
  let roots = 0;
  for (const m of xml.matchAll(token)) {
    if (m[6] !== undefined) throw new Error(`stray "<" at ${m.index}`);
    if (m[5] !== undefined) {
      if (stack.length === 0 && m[5].trim() !== '') throw new Error('text outside the root element');
      if (entity.test(m[5])) throw new Error(`unescaped "&" in text at ${m.index}`);
      continue;
    }
    const [, closing, name, attributes] = m;
    if (entity.test(attributes ?? '')) throw new Error(`unescaped "&" in attributes of <${name}>`);
    if (closing) {
      if (stack.pop() !== name) throw new Error(`unbalanced </${name}>`);
    } else if (m[4] !== '/') {
      if (stack.length === 0) roots += 1;
      stack.push(name ?? '');
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('> <')}>`);
  if (roots !== 1) throw new Error(`expected one root element, found ${roots}`);
}

describe('renderDataFlowSvg', () => {
  it('writes a standalone, well-formed SVG document with a node per component and a path per edge', () => {
    const svg = renderDataFlowSvg(buildDataFlow(components), { title: 'Helio Copilot — data flow' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    assertWellFormedXml(svg);
    expect(svg.match(/<g data-node=/g)).toHaveLength(7 + 5 + 1);
    expect(svg.match(/marker-end="url\(#fw-arrow\)"/g)).toHaveLength(5 + 5);
    expect(svg).toContain('Helio Copilot — data flow');
    expect(svg).toContain('stroke-dasharray="5 3"');
    expect(svg).toContain('Supporting components');
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('escapes names and drops characters XML cannot hold', () => {
    const hostile = component('x', 'serving_endpoint', {
      name: '<script>alert("x")</script> & \'co\'\u0001',
      onInferencePath: true,
    });
    const svg = renderDataFlowSvg(buildDataFlow([hostile]), { title: 'A & B <c>' });
    assertWellFormedXml(svg);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;co&apos;');
    expect(svg).toContain('A &amp; B &lt;c&gt;');
    expect(svg).not.toContain('\u0001');
  });

  it('shortens long labels with an ellipsis but keeps the full name in the tooltip', () => {
    const long = component('l', 'training_pipeline', {
      name: 'Nightly retraining pipeline for the credit-risk model family',
      onTrainingPath: true,
    });
    const svg = renderDataFlowSvg(buildDataFlow([long]));
    expect(svg).toContain('<title>Nightly retraining pipeline for the credit-risk model family</title>');
    expect(svg).toContain('>Nightly retraining pipe…<');
  });

  it('says so when a lane is empty', () => {
    const svg = renderDataFlowSvg(buildDataFlow([]));
    assertWellFormedXml(svg);
    expect(svg.match(/No component on this path yet/g)).toHaveLength(2);
  });

  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
  });
});
