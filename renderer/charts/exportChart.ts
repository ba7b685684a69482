/**
 * A drawn chart as files (issue 5: "export of any chart as SVG and PNG"): a standalone SVG
 * string and PNG bytes. Saving goes through the bridge; this module only produces the content.
 *
 * On screen a chart takes its theme colours from CSS custom properties (`charts.css`), which a
 * file opened elsewhere does not have. So the export copies every element's computed colours and
 * text settings onto the element as presentation attributes, resolving any `var(--…)` left
 * unresolved, and drops hover-only parts (`data-export="exclude"`). The PNG is the same SVG
 * drawn into a canvas through an `Image` loaded from a `blob:` URL, which the app's CSP allows
 * (`img-src blob: data:`).
 */

import { readCustomProperty, resolveVariables } from './cssVariables';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The properties that decide how a chart looks; all are SVG presentation attributes. All but
 * `opacity` inherit, so they are written only where they differ from the parent's: the file
 * stays about as small as the markup on screen.
 */
const INHERITED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
] as const;

type InlinedValues = ReadonlyMap<string, string>;

export interface SvgExport {
  /** A complete SVG document: XML declaration, xmlns, title and desc, no stylesheet needed. */
  svg: string;
  width: number;
  height: number;
}

export interface SvgExportOptions {
  /** Colour painted behind the chart; default the chart's surface colour, null for none. */
  background?: string | null;
}

/** The chart's `<svg>` inside a chart figure (or any element containing one). */
export function findChartSvg(root: ParentNode): SVGSVGElement | null {
  return root.querySelector<SVGSVGElement>('svg.chart__svg');
}

export function serializeChartSvg(svg: SVGSVGElement, options: SvgExportOptions = {}): SvgExport {
  const clone = svg.cloneNode(true);
  if (!(clone instanceof Element)) throw new Error('The chart could not be copied for export');
  inlineTree(svg, clone, new Map());
  for (const excluded of clone.querySelectorAll('[data-export="exclude"]')) excluded.remove();
  for (const element of [clone, ...clone.querySelectorAll('*')]) stripAppAttributes(element);

  const width = numericAttribute(svg, 'width');
  const height = numericAttribute(svg, 'height');
  // The serializer declares the SVG namespace itself; an `xmlns` attribute set through the DOM
  // (as React does) would be written a second time by some serializers: invalid XML.
  clone.removeAttribute('xmlns');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);

  const background =
    options.background === undefined
      ? (readCustomProperty('--chart-surface', svg) ?? '#ffffff')
      : options.background;
  if (background !== null) {
    const rect = clone.ownerDocument.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('width', '100%');
    rect.setAttribute('height', '100%');
    rect.setAttribute('fill', background);
    // After <title> and <desc>, which must stay the first children to name the image.
    const firstDrawn = [...clone.children].find(
      (child) => child.localName !== 'title' && child.localName !== 'desc',
    );
    clone.insertBefore(rect, firstDrawn ?? null);
  }

  const markup = new XMLSerializer().serializeToString(clone);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${markup}`, width, height };
}

function numericAttribute(element: Element, name: string): number {
  const value = Number(element.getAttribute(name));
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`The chart has no ${name} yet: export it once it is drawn`);
  }
  return value;
}

/** Copies computed styles from `original` onto `copy`, and so on down both (identical) trees. */
function inlineTree(original: Element, copy: Element, parentValues: InlinedValues): void {
  const values = inlineComputedStyle(original, copy, parentValues);
  const copies = copy.children;
  [...original.children].forEach((child, index) => {
    const childCopy = copies[index];
    if (childCopy) inlineTree(child, childCopy, values);
  });
}

/** Elements that name or describe the image and are never drawn. */
const NOT_DRAWN = new Set(['title', 'desc', 'metadata']);

function inlineComputedStyle(
  original: Element,
  copy: Element,
  parentValues: InlinedValues,
): InlinedValues {
  if (NOT_DRAWN.has(original.localName)) return parentValues;
  const computed = getComputedStyle(original);
  if (computed.getPropertyValue('display') === 'none') {
    copy.setAttribute('data-export', 'exclude');
    return parentValues;
  }
  const values = new Map(parentValues);
  for (const property of INHERITED_PROPERTIES) {
    const value = computedValue(computed, property, original);
    // An unresolvable variable means "unset": inheritance (or the attribute) decides.
    if (value === null) continue;
    values.set(property, value);
    if (value !== parentValues.get(property) || copy.hasAttribute(property)) {
      copy.setAttribute(property, value);
    }
  }
  const opacity = computedValue(computed, 'opacity', original);
  if (opacity !== null && opacity !== '1') copy.setAttribute('opacity', opacity);
  return values;
}

function computedValue(
  computed: CSSStyleDeclaration,
  property: string,
  element: Element,
): string | null {
  const raw = computed.getPropertyValue(property).trim();
  if (raw === '') return null;
  const value = resolveVariables(raw, element);
  return value === '' ? null : value;
}

/** Classes and data attributes only mean something inside the app; the file does not need them. */
function stripAppAttributes(element: Element): void {
  for (const name of element.getAttributeNames()) {
    if (name === 'class' || name.startsWith('data-') || name === 'tabindex') {
      element.removeAttribute(name);
    }
  }
}

export interface PngDependencies {
  /** Loads an image from a URL (default: an `Image` element, decoded). */
  loadImage(url: string): Promise<CanvasImageSource>;
  /** Draws the image at the given pixel size and encodes it as PNG (default: a canvas). */
  rasterize(image: CanvasImageSource, width: number, height: number): Promise<Uint8Array>;
}

async function loadImageElement(url: string): Promise<CanvasImageSource> {
  const image = new Image();
  image.src = url;
  try {
    await image.decode();
  } catch {
    throw new Error('The chart could not be drawn as an image');
  }
  return image;
}

async function rasterizeOnCanvas(
  image: CanvasImageSource,
  width: number,
  height: number,
): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This page cannot draw images (no 2D canvas)');
  context.drawImage(image, 0, 0, width, height);
  const png = await new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('The chart image could not be encoded as PNG'));
    }, 'image/png');
  });
  return new Uint8Array(await png.arrayBuffer());
}

const DOM_PNG: PngDependencies = { loadImage: loadImageElement, rasterize: rasterizeOnCanvas };

export interface PngOptions {
  /** Device pixels per CSS pixel; 2 keeps text sharp on slides and retina screens. */
  scale?: number;
}

/** PNG bytes of an exported SVG, drawn at `scale` × its size (default 2×). */
export async function chartPng(
  exported: SvgExport,
  options: PngOptions = {},
  dependencies: PngDependencies = DOM_PNG,
): Promise<Uint8Array> {
  const scale = options.scale ?? 2;
  const url = URL.createObjectURL(new Blob([exported.svg], { type: 'image/svg+xml' }));
  try {
    const image = await dependencies.loadImage(url);
    return await dependencies.rasterize(
      image,
      Math.round(exported.width * scale),
      Math.round(exported.height * scale),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export { bytesToBase64 } from '../ui/base64';
