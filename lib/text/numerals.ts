/**
 * Chinese numerals in dates and counts: 二〇二〇 → 2020, 三十 → 30, 十五 → 15, 两 → 2.
 * Only numerals directly followed by a time or count word are rewritten (see normalise.ts),
 * so 十四五 (the plan) or 一视同仁 stay as they are.
 */

const DIGIT: Record<string, number> = {
  '〇': 0, '○': 0, '◯': 0, 'Ｏ': 0, '零': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5,
  '六': 6, '七': 7, '八': 8, '九': 9,
};
const MULT: Record<string, number> = { '十': 10, '百': 100, '千': 1000 };

const NUMERAL_CODES = new Set([...Object.keys(DIGIT), ...Object.keys(MULT)].map((c) => c.charCodeAt(0)));

export function isNumeralChar(ch: string): boolean {
  return ch in DIGIT || ch in MULT;
}

export function isNumeralCode(code: number): boolean {
  return NUMERAL_CODES.has(code);
}

/**
 * The Arabic form of a run of Chinese numerals, or null when the run is not a number.
 * Runs of plain digits (二〇二〇, 一九九八) are read digit by digit, as years are written.
 */
export function numeralToArabic(run: string): string | null {
  if (run.length === 0 || run.length > 8) return null;
  let hasMult = false;
  for (const ch of run) if (ch in MULT) hasMult = true;
  if (!hasMult) {
    if (run.length === 1) return String(DIGIT[run]);
    // 二〇二〇 → 2020; a run like 三四 (三四天, "three or four") is not a number.
    if (run.length === 4 || /[〇○◯Ｏ零]/.test(run)) {
      let out = '';
      for (const ch of run) out += String(DIGIT[ch]);
      return out;
    }
    return null;
  }
  let total = 0;
  let current = 0;
  let lastMult = Infinity;
  for (const ch of run) {
    if (ch in DIGIT) {
      current = DIGIT[ch]!;
    } else {
      const m = MULT[ch]!;
      if (m >= lastMult) return null; // 十十, 百千: not a number
      total += (current === 0 ? 1 : current) * m;
      current = 0;
      lastMult = m;
    }
  }
  return String(total + current);
}
