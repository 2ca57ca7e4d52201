/**
 * A minimal PDF writer for the fixtures a browser cannot print: text in a Chinese font that is
 * not embedded (STSong-Light through the predefined UniGB-UCS2-H CMap, as many older gazette
 * PDFs are made), and a file encrypted with a user password (the standard security handler,
 * revision 2, RC4 40-bit, PDF 1.7 §7.6.3). Deterministic: the same text gives the same bytes.
 */
import { createHash } from 'node:crypto';

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

const md5 = (...parts: Buffer[]): Buffer => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (password: string): Buffer => Buffer.concat([Buffer.from(password, 'latin1'), PAD]).subarray(0, 32);

interface Encryption {
  key: Buffer;
  dict: string;
}

function encryption(user: string, owner: string, id: Buffer): Encryption {
  const o = rc4(md5(padded(owner)).subarray(0, 5), padded(user));
  const p = -44; // print and copy not allowed; the value only needs to be what the key is built from
  const pBytes = Buffer.alloc(4);
  pBytes.writeInt32LE(p);
  const key = md5(padded(user), o, pBytes, id).subarray(0, 5);
  const u = rc4(key, PAD);
  return { key, dict: `<< /Filter /Standard /V 1 /R 2 /O <${o.toString('hex')}> /U <${u.toString('hex')}> /P ${p} >>` };
}

function objectKey(key: Buffer, num: number): Buffer {
  const tail = Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0]);
  return md5(key, tail).subarray(0, Math.min(16, key.length + 5));
}

/** UTF-16BE hex of a string, for the UniGB-UCS2-H CMap. */
const ucs2 = (s: string): string => Buffer.from(s, 'utf16le').swap16().toString('hex');

export interface TextPdfOptions {
  /** Lines per page, each line drawn as it is (no wrapping). */
  pages: string[][];
  /** Encrypt with this user password. */
  userPassword?: string;
}

/** A PDF of Chinese text lines in STSong-Light (not embedded: readers need the predefined CMaps). */
export function textPdf({ pages, userPassword }: TextPdfOptions): Buffer {
  const id = md5(Buffer.from(JSON.stringify(pages)));
  const enc = userPassword ? encryption(userPassword, `${userPassword}-owner`, id) : null;
  const objects: Array<string | { stream: Buffer; dict: string }> = [];
  const add = (o: string | { stream: Buffer; dict: string }): number => objects.push(o);
  const catalog = add('');
  const pagesObj = add('');
  const font = add('');
  const cidFont = add('');
  const descriptor = add('');
  objects[font - 1] = `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [${cidFont} 0 R] >>`;
  objects[cidFont - 1] = `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>`;
  objects[descriptor - 1] = '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>';
  const kids: number[] = [];
  for (const lines of pages) {
    const ops = ['BT', '/F1 10.5 Tf', '15 TL', '56 780 Td', ...lines.map((l) => `<${ucs2(l)}> Tj T*`), 'ET'].join('\n');
    const content = add({ stream: Buffer.from(ops, 'latin1'), dict: '' });
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  const encObj = enc ? add(enc.dict) : 0;

  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    const num = i + 1;
    offsets.push(length);
    let body: Buffer;
    if (typeof o === 'string') body = Buffer.from(`${num} 0 obj\n${o}\nendobj\n`, 'latin1');
    else {
      const data = enc ? rc4(objectKey(enc.key, num), o.stream) : o.stream;
      body = Buffer.concat([Buffer.from(`${num} 0 obj\n<< /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
    }
    chunks.push(body);
    length += body.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${enc ? ` /Encrypt ${encObj} 0 R` : ''} /ID [<${id.toString('hex')}> <${id.toString('hex')}>] >>\nstartxref\n${length}\n%%EOF\n`;
  chunks.push(Buffer.from(xref + trailer, 'latin1'));
  return Buffer.concat(chunks);
}
