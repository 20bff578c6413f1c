/**
 * "Download image": the current map composed on a 2D canvas with the title, the active filters, the legend
 * and the attribution, saved as a PNG. Loaded on first use (import()). No screenshot service.
 */
import { downloadBlob, stampedName } from '../export/browser';
import { getMap } from '../map/mapInstance';
import { mapSnapshot } from './snapshot';
import type { LegendEntry } from './summary';

export interface ImageText {
  title: string;
  /** "Filters: …" line. */
  filters: string;
  legend: LegendEntry[];
  attribution: string;
}

const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

const loadImage = (src: string) =>
  new Promise<HTMLImageElement>((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('the map picture could not be read'));
    img.src = src;
  });

/** Splits text into lines that fit a width. Chinese has no spaces, so it breaks between any characters. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of Array.from(text)) {
    if (ctx.measureText(line + ch).width > width && line) {
      lines.push(line);
      line = ch.trimStart();
    } else line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

async function composeMapImage(mapPng: string, text: ImageText, scale: number): Promise<HTMLCanvasElement> {
  const map = await loadImage(mapPng);
  const W = map.width;
  const pad = 16 * scale;
  const measure = document.createElement('canvas').getContext('2d')!;
  const font = (px: number, weight = 400) => `${weight} ${px * scale}px ${FONT}`;
  measure.font = font(13);
  const filterLines = wrap(measure, text.filters, W - 2 * pad);
  const attrLines = wrap(measure, text.attribution, W - 2 * pad);
  const headH = pad + 24 * scale + filterLines.length * 18 * scale + pad / 2;
  const legendCols = Math.max(1, Math.floor((W - 2 * pad) / (190 * scale)));
  const legendRows = Math.ceil(text.legend.length / legendCols);
  const footH = pad + legendRows * 20 * scale + 6 * scale + attrLines.length * 18 * scale + pad;

  const canvas = document.createElement('canvas');
  canvas.width = W;
  canvas.height = Math.round(headH + map.height + footH);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#1f2933';
  ctx.textBaseline = 'top';
  ctx.font = font(20, 700);
  ctx.fillText(text.title, pad, pad);
  ctx.font = font(13);
  filterLines.forEach((l, i) => ctx.fillText(l, pad, pad + 28 * scale + i * 18 * scale));
  ctx.drawImage(map, 0, headH);

  let y = headH + map.height + pad;
  const colW = (W - 2 * pad) / legendCols;
  text.legend.forEach((e, i) => {
    const x = pad + (i % legendCols) * colW;
    const yy = y + Math.floor(i / legendCols) * 20 * scale;
    ctx.fillStyle = e.color;
    ctx.beginPath();
    ctx.arc(x + 6 * scale, yy + 7 * scale, 6 * scale, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = '#1f2933';
    ctx.fillText(`${e.label} ${e.count}`, x + 18 * scale, yy);
  });
  y += legendRows * 20 * scale + 6 * scale;
  ctx.fillStyle = '#4a5668';
  attrLines.forEach((l, i) => ctx.fillText(l, pad, y + i * 18 * scale));
  return canvas;
}

export async function downloadMapImage(text: ImageText): Promise<void> {
  const map = getMap();
  if (!map) throw new Error('the map is not ready');
  const canvas = await composeMapImage(mapSnapshot(map), text, window.devicePixelRatio || 1);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the image could not be encoded');
  downloadBlob(blob, stampedName('beijing-plans-map', 'png'));
}
