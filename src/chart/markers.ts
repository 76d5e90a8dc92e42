/** Marker shapes as SVG elements, centred on a point, all of about the same visual weight. */
import type { Shape, SourceStyle } from './palette.js';
import { num } from './svg.js';

function polygon(cx: number, cy: number, points: Array<[number, number]>): string {
  return points.map(([x, y]) => `${num(cx + x)},${num(cy + y)}`).join(' ');
}

function regular(n: number, r: number, rotation: number): Array<[number, number]> {
  return Array.from({ length: n }, (_, i) => {
    const a = rotation + (2 * Math.PI * i) / n;
    return [r * Math.cos(a), r * Math.sin(a)] as [number, number];
  });
}

function star(r: number): Array<[number, number]> {
  return Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (Math.PI * i) / 5;
    const radius = i % 2 === 0 ? r * 1.15 : r * 0.5;
    return [radius * Math.cos(a), radius * Math.sin(a)] as [number, number];
  });
}

function shapeElement(
  shape: Shape,
  cx: number,
  cy: number,
  r: number,
  paint: string,
  color: string,
): string {
  switch (shape) {
    case 'circle':
      return `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}" ${paint}/>`;
    case 'square': {
      const s = r * 0.9;
      return `<rect x="${num(cx - s)}" y="${num(cy - s)}" width="${num(2 * s)}" height="${num(2 * s)}" ${paint}/>`;
    }
    case 'triangle':
      return `<polygon points="${polygon(cx, cy + r * 0.15, regular(3, r * 1.2, -Math.PI / 2))}" ${paint}/>`;
    case 'triangle-down':
      return `<polygon points="${polygon(cx, cy - r * 0.15, regular(3, r * 1.2, Math.PI / 2))}" ${paint}/>`;
    case 'diamond':
      return `<polygon points="${polygon(cx, cy, regular(4, r * 1.2, 0))}" ${paint}/>`;
    case 'hexagon':
      return `<polygon points="${polygon(cx, cy, regular(6, r * 1.05, 0))}" ${paint}/>`;
    case 'star':
      return `<polygon points="${polygon(cx, cy, star(r))}" ${paint}/>`;
    case 'cross': {
      const a = r * 0.8;
      return `<path d="M${num(cx - a)} ${num(cy - a)}L${num(cx + a)} ${num(cy + a)}M${num(cx + a)} ${num(cy - a)}L${num(cx - a)} ${num(cy + a)}" stroke="${color}" stroke-width="2.5" stroke-linecap="round" fill="none"/>`;
    }
  }
}

/**
 * One marker: filled for an event reported as having happened, hollow (outline only, in the
 * card's colour inside) for one planned or expected at the time of writing.
 *
 * @param r radius in SVG units; the shapes are scaled to look equally large.
 */
export function marker(
  style: SourceStyle,
  cx: number,
  cy: number,
  r: number,
  hollow: boolean,
  inside: string,
): string {
  const paint = hollow
    ? `fill="${inside}" stroke="${style.color}" stroke-width="2"`
    : `fill="${style.color}"`;
  return shapeElement(style.shape, cx, cy, hollow ? r - 0.5 : r, paint, style.color);
}
