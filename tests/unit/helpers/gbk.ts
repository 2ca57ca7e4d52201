/**
 * GBK bytes for test fixtures, without an encoder package: every two-byte GBK code is
 * decoded once with Node's own TextDecoder('gbk') to build the reverse table.
 */
let table: Map<string, [number, number]> | undefined;

function reverseTable(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk');
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  return table;
}

/** The GBK encoding of `text`; throws for a character GBK lacks. */
export function encodeGbk(text: string): Uint8Array {
  const map = reverseTable();
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) {
      out.push(c);
      continue;
    }
    const pair = map.get(ch);
    if (!pair) throw new Error(`no GBK code for ${ch}`);
    out.push(...pair);
  }
  return Uint8Array.from(out);
}
