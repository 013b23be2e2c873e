// Serialises a chart's export SVG into a standalone file: SVG namespace, presentation attributes
// only, nothing that runs or fetches (no script, no foreignObject, no event handlers, no external
// href or url()), and a title, description and <metadata> naming the run.
// It walks a minimal node shape rather than calling XMLSerializer, so it is the same in every
// browser and runs in node tests on plain objects.
import { GENERATED_BY, runLine, type ExportMeta } from './meta.js';

export const SVG_NS = 'http://www.w3.org/2000/svg';
const META_NS = 'urn:x-outage-impact-simulator:export:1';

/** The part of a DOM node the serialiser reads; DOM Elements and Text nodes fit it. */
export interface XmlNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  attributes?: ArrayLike<{ name: string; value: string }> | null;
  childNodes: ArrayLike<XmlNode>;
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** Elements a chart draws with. Anything else (script, foreignObject, image, use, a, style,
 * animate, iframe...) is dropped with its children. */
const ALLOWED = new Set([
  'svg', 'g', 'defs', 'clipPath', 'path', 'line', 'polyline', 'polygon', 'rect', 'circle', 'ellipse',
  'text', 'tspan', 'title', 'desc', 'linearGradient', 'stop', 'pattern',
]);

/** Attributes that only matter on screen, or would need a stylesheet the file does not carry. */
const DROPPED_ATTRS = new Set(['class', 'style', 'tabindex', 'focusable']);

// XML 1.0 forbids most C0 controls; scenario names come from users, so strip them.
const INVALID_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;

export const escapeText = (s: string) =>
  s.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const escapeAttr = (s: string) =>
  escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');

function keepAttribute(name: string, value: string): boolean {
  const n = name.toLowerCase();
  if (n.startsWith('on') || n.startsWith('data-') || n === 'xmlns' || n.startsWith('xmlns:')) return false;
  if (DROPPED_ATTRS.has(n)) return false;
  // Only references inside the file: href="#x" and url(#x).
  if (n === 'href' || n.endsWith(':href')) return value.trim().startsWith('#');
  const v = value.toLowerCase();
  if (v.includes('javascript:')) return false;
  const urls = v.match(/url\(([^)]*)\)/g) ?? [];
  return urls.every((u) => /^url\(\s*['"]?#/.test(u));
}

/** Writes `node`; for the root, `rootMeta` goes first inside it and the root's own title and
 * desc are left out (the metadata ones replace them). */
function writeNode(node: XmlNode, out: string[], rootMeta: string | null): void {
  const isRoot = rootMeta !== null;
  if (node.nodeType === TEXT || node.nodeType === CDATA) {
    out.push(escapeText(node.nodeValue ?? ''));
    return;
  }
  if (node.nodeType !== ELEMENT) return; // comments, processing instructions
  const name = node.nodeName;
  if (!ALLOWED.has(name)) return;
  out.push('<', name);
  if (isRoot) out.push(` xmlns="${SVG_NS}"`);
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs[i]!;
    if (keepAttribute(a.name, a.value)) out.push(' ', a.name, '="', escapeAttr(a.value), '"');
  }
  const kids = node.childNodes;
  if (kids.length === 0 && !isRoot) {
    out.push('/>');
    return;
  }
  out.push('>');
  if (isRoot) out.push(rootMeta);
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i]!;
    if (isRoot && k.nodeType === ELEMENT && (k.nodeName === 'title' || k.nodeName === 'desc')) continue;
    writeNode(k, out, null);
  }
  out.push('</', name, '>');
}

/** The <title>, <desc> and <metadata> elements that open the file. */
export function metadataXml(meta: ExportMeta): string {
  const field = (tag: string, value: string | number) => `<${tag}>${escapeText(String(value))}</${tag}>`;
  return (
    `<title>${escapeText(meta.title)}</title>` +
    `<desc>${escapeText(`${meta.description} ${runLine(meta)}.`)}</desc>` +
    `<metadata><run xmlns="${META_NS}">` +
    field('chart', meta.chartId) +
    field('scenario', meta.scenarioName) +
    field('seed', meta.seed) +
    field('paramsHash', meta.paramsHash) +
    field('link', meta.link) +
    (meta.others ?? []).map((o) => `<compared>${field('scenario', o.name)}${field('seed', o.seed)}${field('paramsHash', o.paramsHash)}</compared>`).join('') +
    field('source', meta.source) +
    field('note', meta.note) +
    field('generatedBy', GENERATED_BY) +
    '</run></metadata>'
  );
}

/** Standalone SVG text for `root` (an <svg> element), with metadata. */
export function serializeSvg(root: XmlNode, meta: ExportMeta): string {
  if (root.nodeName !== 'svg') throw new Error(`Expected an <svg> root, got <${root.nodeName}>`);
  const out: string[] = [];
  writeNode(root, out, metadataXml(meta));
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + out.join('') + '\n';
}
