// A small raster image and its PNG encoding, in plain TypeScript so the report's charts are drawn
// the same in Node and in the browser (no canvas). Pixels are palette indexes: a chart needs a
// handful of colours, and an 8-bit palette PNG of one compresses to a few kilobytes.
import { zlibSync } from 'fflate';
import { concatBytes, crc32 } from '../bytes';

/** A glyph is 7 rows of 5 pixels: enough for axis labels (numbers with a decimal comma, periods). */
const GLYPHS: Record<string, string[]> = {
  '0': ['01110', '10001', '10011', '10101', '11001', '10001', '01110'],
  '1': ['00100', '01100', '00100', '00100', '00100', '00100', '01110'],
  '2': ['01110', '10001', '00001', '00010', '00100', '01000', '11111'],
  '3': ['11111', '00010', '00100', '00010', '00001', '10001', '01110'],
  '4': ['00010', '00110', '01010', '10010', '11111', '00010', '00010'],
  '5': ['11111', '10000', '11110', '00001', '00001', '10001', '01110'],
  '6': ['00110', '01000', '10000', '11110', '10001', '10001', '01110'],
  '7': ['11111', '00001', '00010', '00100', '01000', '01000', '01000'],
  '8': ['01110', '10001', '10001', '01110', '10001', '10001', '01110'],
  '9': ['01110', '10001', '10001', '01111', '00001', '00010', '01100'],
  '-': ['00000', '00000', '00000', '11111', '00000', '00000', '00000'],
  '+': ['00000', '00100', '00100', '11111', '00100', '00100', '00000'],
  ',': ['00000', '00000', '00000', '00000', '00110', '00100', '01000'],
  '.': ['00000', '00000', '00000', '00000', '00000', '01100', '01100'],
  S: ['01111', '10000', '10000', '01110', '00001', '00001', '11110'],
  Q: ['01110', '10001', '10001', '10001', '10101', '10010', '01101'],
  ' ': ['00000', '00000', '00000', '00000', '00000', '00000', '00000'],
};
export const GLYPH_WIDTH = 6;
export const GLYPH_HEIGHT = 7;

export class Raster {
  readonly pixels: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
    /** RGB colours as `#RRGGBB`; index 0 is the background. */
    readonly palette: string[],
  ) {
    this.pixels = new Uint8Array(width * height);
  }

  set(x: number, y: number, colour: number): void {
    const [px, py] = [Math.round(x), Math.round(y)];
    if (px >= 0 && py >= 0 && px < this.width && py < this.height) this.pixels[py * this.width + px] = colour;
  }

  rect(x: number, y: number, w: number, h: number, colour: number): void {
    for (let j = 0; j < h; j++) for (let i = 0; i < w; i++) this.set(x + i, y + j, colour);
  }

  /** A line `thickness` pixels wide; with `dash`, drawn `dash` pixels on and `dash` off. */
  line(x0: number, y0: number, x1: number, y1: number, colour: number, thickness = 1, dash = 0): void {
    const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0), 1);
    const half = Math.floor(thickness / 2);
    for (let s = 0; s <= steps; s++) {
      if (dash && Math.floor(s / dash) % 2 === 1) continue;
      const [x, y] = [x0 + ((x1 - x0) * s) / steps, y0 + ((y1 - y0) * s) / steps];
      this.rect(Math.round(x) - half, Math.round(y) - half, thickness, thickness, colour);
    }
  }

  /** Text in the glyph font, `scale` pixels per glyph pixel; characters without a glyph are left out. */
  text(x: number, y: number, text: string, colour: number, scale = 1): void {
    [...text].forEach((ch, i) => {
      const glyph = GLYPHS[ch.toUpperCase()];
      if (!glyph) return;
      glyph.forEach((row, j) => [...row].forEach((bit, k) => bit === '1' && this.rect(x + (i * GLYPH_WIDTH + k) * scale, y + j * scale, scale, scale, colour)));
    });
  }

  png(): Uint8Array {
    const rows = new Uint8Array((this.width + 1) * this.height);
    for (let y = 0; y < this.height; y++) rows.set(this.pixels.subarray(y * this.width, (y + 1) * this.width), y * (this.width + 1) + 1);
    const header = new Uint8Array(13);
    const view = new DataView(header.buffer);
    view.setUint32(0, this.width);
    view.setUint32(4, this.height);
    header.set([8, 3, 0, 0, 0], 8); // 8 bits per pixel, palette, deflate, no filter, no interlace
    const palette = new Uint8Array(this.palette.flatMap((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16))));
    const parts = [SIGNATURE, chunk('IHDR', header), chunk('PLTE', palette), chunk('IDAT', zlibSync(rows, { level: 9 })), chunk('IEND', new Uint8Array(0))];
    return concatBytes(parts);
  }
}

const SIGNATURE = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set([...type].map((c) => c.charCodeAt(0)), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}
