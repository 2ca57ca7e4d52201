/**
 * Bytes → text for documents as they arrive from government sites: UTF-8 (with or without
 * a BOM), UTF-16 with a BOM, and GBK/GB18030, which many older sites and files still use.
 * An HTML page's declared charset (<meta charset=gbk>) is honoured. No Node APIs: this
 * runs in the browser too.
 *
 *   decode(bytes)                      → { text, encoding: 'utf-8' | 'gb18030' | … }
 *   decode(bytes, { declared: 'gbk' }) → decoded as GB18030 (GBK and GB2312 are subsets)
 */
import { InputError } from './errors.ts';

export interface Decoded {
  /** The text, without a byte order mark. Annotation offsets count UTF-16 code units in it. */
  text: string;
  /** WHATWG name of the encoding used: utf-8, utf-16le, utf-16be, gb18030, … */
  encoding: string;
}

export interface DecodeOptions {
  /** A charset the content declares (an HTML page's meta charset); a BOM still wins. */
  declared?: string | null;
}

/** Share of control characters above which a decoded file is taken for binary. */
const MAX_CONTROL_SHARE = 0.05;
/** Share of characters a GB18030 decoding must have in Chinese text to be believed. */
const MIN_CHINESE_SHARE = 0.95;

const MAGIC: Array<{ bytes: number[]; message: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], message: 'is a PDF, not text; extract its text first (for example with pdftotext)' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], message: 'is a ZIP-based file (.docx, .xlsx, .ofd, …), not text; save it as text or HTML first' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], message: 'is an old Office file (.doc, .xls, .wps), not text; save it as text or HTML first' },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/** The WHATWG name for a label, or null when TextDecoder does not know it. */
export function encodingFor(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function strict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Control characters other than tab, line breaks and form feed: many mean binary content. */
function controlShare(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let n = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b) || (c >= 0x7f && c <= 0x9f)) n++;
  }
  return sample.length ? n / sample.length : 0;
}

/**
 * Whether a GB18030 decoding reads as Chinese: nearly every character is a CJK ideograph,
 * CJK or full-width punctuation, or printable ASCII, and there is at least one ideograph.
 */
export function looksChinese(text: string): boolean {
  let ideographs = 0;
  let plausible = 0;
  let total = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
    total++;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) {
      ideographs++;
      plausible++;
    } else if ((c > 0x20 && c < 0x7f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x206f) || c === 0xb7) {
      plausible++;
    }
  }
  return ideographs > 0 && plausible / total >= MIN_CHINESE_SHARE;
}

function checked(text: string, encoding: string): Decoded {
  if (controlShare(text) > MAX_CONTROL_SHARE) {
    throw new InputError('binary', 'looks like a binary file, not text (many control characters)');
  }
  return { text, encoding };
}

const GB = new Set(['gbk', 'gb18030']);

/** Decodes a file's bytes; throws InputError for binary content or an unknown encoding. */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  for (const m of MAGIC) if (startsWith(bytes, m.bytes)) throw new InputError('binary', m.message);

  // A byte order mark decides.
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = strict(bytes, 'utf-8');
    if (text === null) throw new InputError('encoding', 'starts with a UTF-8 byte order mark but is not valid UTF-8');
    return checked(text, 'utf-8');
  }
  for (const [bom, encoding] of [[[0xff, 0xfe], 'utf-16le'], [[0xfe, 0xff], 'utf-16be']] as const) {
    if (!startsWith(bytes, bom)) continue;
    const text = strict(bytes, encoding);
    if (text === null) throw new InputError('encoding', `starts with a ${encoding.toUpperCase()} byte order mark but is not valid ${encoding.toUpperCase()}`);
    return checked(text, encoding);
  }

  if (bytes.includes(0)) throw new InputError('binary', 'looks like a binary file, not text (it contains NUL bytes)');

  // A declared charset other than UTF-8 (UTF-16 without a BOM is not believed, as in browsers).
  let declared = options.declared ? encodingFor(options.declared) : null;
  if (declared?.startsWith('utf-16')) declared = null;
  if (declared && GB.has(declared)) declared = 'gb18030';
  if (declared && declared !== 'utf-8') {
    const text = strict(bytes, declared);
    if (text !== null) return checked(text, declared);
    // Mislabelled pages are common: fall through to detection.
  }

  const utf8 = strict(bytes, 'utf-8');
  if (utf8 !== null) return checked(utf8, 'utf-8');

  const gb = strict(bytes, 'gb18030');
  if (gb !== null && looksChinese(gb)) return checked(gb, 'gb18030');

  const share = controlShare(new TextDecoder('utf-8').decode(bytes));
  if (share > MAX_CONTROL_SHARE) throw new InputError('binary', 'looks like a binary file, not text');
  throw new InputError('encoding', 'is neither UTF-8 nor GBK/GB18030 text; save it as UTF-8 and try again');
}

/**
 * The charset an HTML page declares in its first bytes: <meta charset="gbk">,
 * <meta http-equiv="Content-Type" content="text/html; charset=gb2312">, or an XML declaration.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  if (meta) return meta[1]!;
  const xml = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)/i.exec(head);
  return xml ? xml[1]! : null;
}
