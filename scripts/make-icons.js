#!/usr/bin/env node
// Draws the add-in icon (a table with a check mark, in Fluent blue) at the sizes Office asks for and
// writes assets/icon-<size>.png, and the ribbon buttons' icons: the same table with the colour of the
// sheet each button shows (Controleer: the red Controle tab and a check mark; Toets aan normen: the
// green Overzicht tab and a trend line), as assets/<button>-<size>.png. Pure Node (zlib for PNG compression) so no image tool is needed;
// the PNGs are committed too, this script is only rerun when the glyph changes:
//   node scripts/make-icons.js
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 32, 64, 80, 128];
const BUTTON_SIZES = [16, 32, 80]; // what a ribbon button's <Icon> names
const OUT_DIR = path.join(__dirname, '..', 'assets');

// Fluent UI v9 brand colours (webLightTheme brand 80 / 60 / 140).
const BLUE = [0x0f, 0x6c, 0xbd];
const DARK_BLUE = [0x0c, 0x3b, 0x5e];
const LIGHT_BLUE = [0xb4, 0xd6, 0xfa];
const RED = [0xc5, 0x0f, 0x1f]; // the Controle sheet's tab colour
const GREEN = [0x10, 0x7c, 0x10]; // the Overzicht sheet's tab colour
const WHITE = [0xff, 0xff, 0xff];

// --- shapes as signed distance functions (negative inside), in a 16 x 16 design grid ---------------

function roundedBox(x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, hx = (x1 - x0) / 2 - r, hy = (y1 - y0) / 2 - r;
  return (x, y) => {
    const dx = Math.abs(x - cx) - hx, dy = Math.abs(y - cy) - hy;
    return Math.hypot(Math.max(dx, 0), Math.max(dy, 0)) + Math.min(Math.max(dx, dy), 0) - r;
  };
}

function circle(cx, cy, r) {
  return (x, y) => Math.hypot(x - cx, y - cy) - r;
}

/** A stroked polyline with round caps and joins. */
function polyline(points, width) {
  return (x, y) => {
    let best = Infinity;
    for (let i = 0; i + 1 < points.length; i++) {
      const [ax, ay] = points[i], [bx, by] = points[i + 1];
      const vx = bx - ax, vy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
      best = Math.min(best, Math.hypot(x - ax - t * vx, y - ay - t * vy));
    }
    return best - width / 2;
  };
}

const union = (...fs) => (x, y) => Math.min(...fs.map((f) => f(x, y)));
const subtract = (a, b) => (x, y) => Math.max(a(x, y), -b(x, y));
const intersect = (a, b) => (x, y) => Math.max(a(x, y), b(x, y));

// --- the glyph: painted back to front -------------------------------------------------------------

const table = roundedBox(1, 2, 15, 14, 1.5);
const inner = roundedBox(2, 3, 14, 13, 0.6);
const header = intersect(table, (x, y) => y - 6); // top band of the table
const grid = intersect(inner, union(
  (x, y) => Math.abs(x - 6.5) - 0.5, // one column divider, on whole pixels at 16 px
  (x, y) => Math.abs(y - 9.5) - 0.5, // one row divider
));
const badgeRing = circle(12, 12, 4.6);
const badge = circle(12, 12, 3.6);
const check = polyline([[10.1, 12.1], [11.5, 13.5], [13.9, 10.6]], 1.2);
const trend = polyline([[9.8, 13.4], [11.3, 11.6], [12.4, 12.5], [14.2, 10.4]], 1.1);

/** The table with a badge of the given colour and white mark. */
function badged(badgeColor, mark) {
  return [
    { shape: subtract(table, inner), color: BLUE },
    { shape: inner, color: WHITE },
    { shape: grid, color: LIGHT_BLUE },
    { shape: header, color: BLUE },
    { shape: badgeRing, color: WHITE },
    { shape: badge, color: badgeColor },
    { shape: mark, color: WHITE },
  ];
}

const ICONS = [
  { name: 'icon', sizes: SIZES, layers: badged(DARK_BLUE, check) },
  { name: 'controleer', sizes: BUTTON_SIZES, layers: badged(RED, check) },
  { name: 'normen', sizes: BUTTON_SIZES, layers: badged(GREEN, trend) },
];

// --- rasterising -----------------------------------------------------------------------------------

const SUPERSAMPLE = 8; // 8 x 8 samples per pixel for smooth edges at 16 px

function render(size, layers) {
  const scale = 16 / size; // design units per pixel
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Premultiplied colour, composited "over" layer by layer.
      let r = 0, g = 0, b = 0, a = 0;
      for (const { shape, color } of layers) {
        let hits = 0;
        for (let sy = 0; sy < SUPERSAMPLE; sy++) {
          for (let sx = 0; sx < SUPERSAMPLE; sx++) {
            const x = (px + (sx + 0.5) / SUPERSAMPLE) * scale;
            const y = (py + (sy + 0.5) / SUPERSAMPLE) * scale;
            if (shape(x, y) <= 0) hits++;
          }
        }
        const cover = hits / (SUPERSAMPLE * SUPERSAMPLE);
        r = color[0] * cover + r * (1 - cover);
        g = color[1] * cover + g * (1 - cover);
        b = color[2] * cover + b * (1 - cover);
        a = cover + a * (1 - cover);
      }
      const i = (py * size + px) * 4;
      rgba[i] = a > 0 ? Math.round(r / a) : 0;
      rgba[i + 1] = a > 0 ? Math.round(g / a) : 0;
      rgba[i + 2] = a > 0 ? Math.round(b / a) : 0;
      rgba[i + 3] = Math.round(a * 255);
    }
  }
  return rgba;
}

// --- PNG encoding (RGBA, 8 bits per channel) -----------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  // compression, filter and interlace methods stay 0
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter type None
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

fs.mkdirSync(OUT_DIR, { recursive: true });
for (const icon of ICONS) {
  for (const size of icon.sizes) {
    const file = path.join(OUT_DIR, `${icon.name}-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size, icon.layers)));
    console.log(`${path.relative(process.cwd(), file)} (${size} x ${size})`);
  }
}
