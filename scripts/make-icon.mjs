// Draws the app icon (build/icon.png, 512x512, the size electron-builder turns into every platform's icon):
// a rounded ink-blue square with a document's lines and a check mark. Run: node scripts/make-icon.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const SIZE = 512;
const pixels = Buffer.alloc(SIZE * SIZE * 4);

// Signed distance to a rounded rectangle centred at (cx, cy), and to a segment: shapes with smooth edges.
const roundedRect = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const segment = (x, y, ax, ay, bx, by) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay));
};
const cover = (d) => Math.max(0, Math.min(1, 0.5 - d)); // anti-aliased coverage of a distance

function paint(i, [r, g, b], alpha) {
  const a = alpha + (pixels[i + 3] / 255) * (1 - alpha);
  if (a === 0) return;
  for (const [k, v] of [r, g, b].entries()) {
    pixels[i + k] = Math.round((v * alpha + pixels[i + k] * (pixels[i + 3] / 255) * (1 - alpha)) / a);
  }
  pixels[i + 3] = Math.round(a * 255);
}

for (let y = 0; y < SIZE; y++) {
  for (let x = 0; x < SIZE; x++) {
    const i = (y * SIZE + x) * 4;
    paint(i, [29, 53, 87], cover(roundedRect(x, y, 256, 256, 232, 232, 96)));
    paint(i, [247, 247, 245], cover(roundedRect(x, y, 226, 250, 126, 160, 18)));
    for (const [ly, len] of [
      [150, 150],
      [200, 180],
      [250, 120],
    ])
      paint(i, [160, 170, 185], cover(segment(x, y, 150, ly, 150 + len, ly) - 9));
    paint(i, [46, 160, 67], cover(segment(x, y, 250, 330, 300, 380) - 26));
    paint(i, [46, 160, 67], cover(segment(x, y, 300, 380, 410, 250) - 26));
  }
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA
const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) pixels.copy(rows, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(rows, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync(new URL('../build/', import.meta.url), { recursive: true });
writeFileSync(new URL('../build/icon.png', import.meta.url), png);
console.log(`wrote build/icon.png (${SIZE}x${SIZE}, ${png.length} bytes)`);
