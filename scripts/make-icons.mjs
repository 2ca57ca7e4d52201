#!/usr/bin/env node
// Draws the extension's icons (public/icon/{16,32,48,128}.png): a red seal with a white page
// and three lines of text. Plain Node (zlib), so nothing outside the registry is needed.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), '../public/icon');
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc(body));
  return Buffer.concat([len, body, sum]);
};

function icon(size) {
  const px = (x, y) => {
    const u = (x + 0.5) / size;
    const v = (y + 0.5) / size;
    const r = Math.hypot(u - 0.5, v - 0.5);
    if (r > 0.48) return [0, 0, 0, 0];
    const edge = Math.min(1, (0.48 - r) * size); // soft edge
    const inPage = u > 0.3 && u < 0.7 && v > 0.24 && v < 0.76;
    const line = inPage && u > 0.36 && u < 0.64 && [0.36, 0.48, 0.6].some((l) => Math.abs(v - l) < Math.max(0.025, 0.6 / size));
    const rgb = line ? [184, 50, 42] : inPage ? [255, 255, 255] : [184, 50, 42];
    return [...rgb, Math.round(255 * edge)];
  };
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) Buffer.from(px(x, y)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(join(out, `${size}.png`), icon(size));
console.log(`icons written to ${out}`);
