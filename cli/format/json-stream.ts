/**
 * Pretty JSON (two spaces, exactly as JSON.stringify(value, null, 2) lays it out) written in
 * pieces: the elements of arrays are printed one by one where they stand, so no output of
 * any size is ever one string (V8 strings stop at ~512 MB) and nothing is re-indented.
 */

const frames = new Map<number, { head: number; tail: number }>();

/** How much of JSON.stringify([[…[x]…]], null, 2) surrounds x, `level` arrays deep. */
function frame(level: number): { head: number; tail: number } {
  let f = frames.get(level);
  if (!f) {
    let wrapped: unknown = 0;
    for (let i = 0; i < level; i++) wrapped = [wrapped];
    const s = JSON.stringify(wrapped, null, 2);
    const at = s.indexOf('0');
    f = { head: at, tail: s.length - at - 1 };
    frames.set(level, f);
  }
  return f;
}

/** `value` printed as if `level` levels deep: its first line unindented, the others indented. */
export function framedJson(value: unknown, level: number): string {
  let wrapped: unknown = value;
  for (let i = 0; i < level; i++) wrapped = [wrapped];
  const s = JSON.stringify(wrapped, null, 2);
  const { head, tail } = frame(level);
  return s.slice(head, s.length - tail);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The pieces of JSON.stringify(value, null, 2) for plain data: objects and arrays opened, array elements whole. */
export function* jsonChunks(value: unknown, level = 0): Generator<string> {
  const inner = '  '.repeat(level + 1);
  const outer = '  '.repeat(level);
  if (Array.isArray(value)) {
    if (!value.length) {
      yield '[]';
      return;
    }
    yield '[\n';
    for (let i = 0; i < value.length; i++) yield `${inner}${framedJson(value[i], level + 1)}${i + 1 < value.length ? ',\n' : '\n'}`;
    yield `${outer}]`;
    return;
  }
  if (!isPlainObject(value)) {
    yield framedJson(value, level);
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (!entries.length) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [key, v] = entries[i]!;
    yield `${inner}${JSON.stringify(key)}: `;
    yield* jsonChunks(v, level + 1);
    yield i + 1 < entries.length ? ',\n' : '\n';
  }
  yield `${outer}}`;
}
