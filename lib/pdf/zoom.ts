/**
 * The PDF reader's zoom: steps in percent as browsers' own viewers give them, where 100 % is a
 * page at its printed size (96 CSS px per inch, 72 PDF points per inch). Pure.
 */
export const ZOOM_STEPS = [25, 33, 50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300] as const;
/** What a gazette opens at, when the window is wide enough for it. */
export const DEFAULT_ZOOM = 110;
const CSS_PX_PER_POINT = 96 / 72;

/** CSS pixels per PDF point at a zoom. */
export function scaleOf(percent: number): number {
  return (percent / 100) * CSS_PX_PER_POINT;
}

/** The next step up (dir 1) or down (-1) from any zoom (a fitted one falls between steps); the same at either end. */
export function stepZoom(percent: number, dir: 1 | -1): number {
  if (dir > 0) return ZOOM_STEPS.find((z) => z > percent + 0.5) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1]!;
  return [...ZOOM_STEPS].reverse().find((z) => z < percent - 0.5) ?? ZOOM_STEPS[0];
}

/** The zoom at which a page `pageWidth` points wide fills `available` CSS px (whole percent, within the steps' range). */
export function fitWidth(pageWidth: number, available: number): number {
  if (!(pageWidth > 0) || !(available > 0)) return DEFAULT_ZOOM;
  const z = Math.floor((available / (pageWidth * CSS_PX_PER_POINT)) * 100);
  return Math.max(ZOOM_STEPS[0], Math.min(ZOOM_STEPS[ZOOM_STEPS.length - 1]!, z));
}

/** What a PDF opens at: the default, or less when the window is narrower than the page at that zoom. */
export function openingZoom(pageWidth: number, available: number): number {
  return Math.min(DEFAULT_ZOOM, fitWidth(pageWidth, available));
}
