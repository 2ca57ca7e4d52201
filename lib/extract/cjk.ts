/** Character classes shared by the extractors (over the normalised text). */

export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || code === 0x3007;
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
