import { escapeXml } from '../../boundary/data-flow-svg';

/**
 * A few SVG primitives for the report's charts. pdfmake draws an `svg` node as vectors (svg-to-pdfkit) with
 * its text in our embedded font, and lays it out as one block: unlike canvases overlaid with
 * relativePosition texts, it cannot lose pieces when pdfmake lays the document out again. Units are points.
 */

const n = (v: number) => String(Math.round(v * 100) / 100);

export interface TextOptions {
  size?: number;
  anchor?: 'start' | 'middle' | 'end';
  bold?: boolean;
  colour?: string;
}

export function svgText(x: number, y: number, text: string, options: TextOptions = {}): string {
  const weight = options.bold ? ' font-weight="bold"' : '';
  return `<text x="${n(x)}" y="${n(y)}" font-size="${options.size ?? 7.5}" text-anchor="${options.anchor ?? 'start'}" fill="${options.colour ?? '#1F2933'}"${weight}>${escapeXml(text)}</text>`;
}

export function svgLine(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  colour: string,
  width = 0.5,
  dash?: string,
): string {
  const dashed = dash ? ` stroke-dasharray="${dash}"` : '';
  return `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${colour}" stroke-width="${width}"${dashed}/>`;
}

export function svgRect(
  x: number,
  y: number,
  w: number,
  h: number,
  fill: string,
  stroke?: string,
  strokeWidth = 0.4,
): string {
  const outline = stroke ? ` stroke="${stroke}" stroke-width="${strokeWidth}"` : '';
  return `<rect x="${n(x)}" y="${n(y)}" width="${n(Math.max(0, w))}" height="${n(Math.max(0, h))}" fill="${fill}"${outline}/>`;
}

export function svgPolygon(points: ReadonlyArray<[number, number]>, fill: string): string {
  return `<polygon points="${points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="${fill}"/>`;
}

export function svgCircle(x: number, y: number, r: number, fill: string): string {
  return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${fill}"/>`;
}

/** A standalone SVG document of the given size in points, text in the report's font. */
export function svgDocument(width: number, height: number, body: readonly string[]): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="Roboto">${body.join('')}</svg>`;
}
