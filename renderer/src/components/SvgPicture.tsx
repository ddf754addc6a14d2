/**
 * Shows an SVG made by shared/charts — the same picture the report embeds — as React elements.
 * The SVG text is parsed and rebuilt from an allow-list of drawing elements and attributes, so
 * even if a chart ever let something through, no script, event handler, link or foreign object
 * could reach the page (and no innerHTML is used).
 */
import { createElement, useMemo, type ReactNode } from 'react';

const TAGS = new Set([
  'svg',
  'g',
  'rect',
  'line',
  'path',
  'circle',
  'ellipse',
  'polygon',
  'polyline',
  'text',
  'tspan',
  'title',
  'desc',
  'defs',
  'marker',
  'pattern',
  'clipPath',
  'linearGradient',
  'stop',
]);
const SAFE_ATTR =
  /^(aria-[a-z-]+|data-[a-z0-9-]+|role|id|x|y|x1|y1|x2|y2|cx|cy|r|rx|ry|d|points|width|height|viewBox|transform|fill|fill-opacity|fill-rule|stroke|stroke-width|stroke-dasharray|stroke-linecap|stroke-linejoin|stroke-opacity|opacity|font-family|font-size|font-weight|font-style|text-anchor|dominant-baseline|letter-spacing|markerWidth|markerHeight|refX|refY|orient|markerUnits|patternUnits|patternTransform|clip-path|marker-start|marker-end|marker-mid|offset|stop-color|preserveAspectRatio|xmlns)$/;
/** References may only point inside the picture (url(#id)), never to a resource. */
const URL_VALUE = /url\(/i;
const SAFE_URL = /^url\(#[A-Za-z0-9_-]+\)$/;

function reactName(attr: string): string {
  if (attr.startsWith('aria-') || attr.startsWith('data-') || attr === 'xmlns') return attr;
  return attr.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function toReact(node: Element, key: number): ReactNode {
  if (!TAGS.has(node.tagName)) return null;
  const props: Record<string, string | number> = { key };
  for (const a of Array.from(node.attributes)) {
    if (!SAFE_ATTR.test(a.name)) continue;
    if (URL_VALUE.test(a.value) && !SAFE_URL.test(a.value.trim())) continue;
    props[reactName(a.name)] = a.value;
  }
  const children: ReactNode[] = [];
  node.childNodes.forEach((child, i) => {
    if (child.nodeType === Node.TEXT_NODE) children.push(child.textContent);
    else if (child.nodeType === Node.ELEMENT_NODE) children.push(toReact(child as Element, i));
  });
  return createElement(node.tagName, props, ...children);
}

export function svgToReact(svg: string): ReactNode {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.tagName !== 'svg' || doc.getElementsByTagName('parsererror').length) return null;
  return toReact(root, 0);
}

export function SvgPicture({ svg, className, testId }: { svg: string; className?: string; testId?: string }) {
  const picture = useMemo(() => svgToReact(svg), [svg]);
  return (
    <div className={`svg-picture${className ? ` ${className}` : ''}`} data-testid={testId}>
      {picture}
    </div>
  );
}
