/** Index of the last item starting at or before `offset`, in items sorted by start; 0 if none. */
export function lastStartingAtOrBefore<T>(items: readonly T[], offset: number, startOf: (item: T) => number): number {
  let low = 0
  let high = items.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (startOf(items[middle]) <= offset) low = middle
    else high = middle - 1
  }
  return low
}
