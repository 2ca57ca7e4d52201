/**
 * The binary search every offset map here needs: the last index whose key is at or before a
 * value, over keys sorted ascending (text-node starts, highlight starts, document starts).
 */
export function lastAtOrBefore(count: number, keyAt: (i: number) => number, value: number): number {
  let lo = 0;
  let hi = count - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (keyAt(mid) <= value) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** lastAtOrBefore over a typed array of ascending offsets (the text model's maps), read directly. */
export function lastAtOrBeforeIn(keys: Int32Array, value: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! <= value) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}
