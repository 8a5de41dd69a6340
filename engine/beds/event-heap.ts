/**
 * A binary min-heap of timed events (time, kind) in typed arrays, for the detailed
 * path's discharges. Grows by doubling when full, so a workspace sized for the largest
 * ward never allocates again. Cost: O(log n) per push or pop.
 */
export interface EventHeap {
  size: number;
  time: Float64Array;
  kind: Uint8Array;
}

/** An empty heap with room for `capacity` events before it first grows. */
export function createEventHeap(capacity: number): EventHeap {
  const size = Math.max(16, capacity);
  return { size: 0, time: new Float64Array(size), kind: new Uint8Array(size) };
}

/** Adds an event. */
export function pushEvent(heap: EventHeap, time: number, kind: number): void {
  if (heap.size === heap.time.length) {
    const grownTime = new Float64Array(2 * heap.size);
    const grownKind = new Uint8Array(2 * heap.size);
    grownTime.set(heap.time);
    grownKind.set(heap.kind);
    heap.time = grownTime;
    heap.kind = grownKind;
  }
  const times = heap.time;
  const kinds = heap.kind;
  let i = heap.size++;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (times[parent] <= time) break;
    times[i] = times[parent];
    kinds[i] = kinds[parent];
    i = parent;
  }
  times[i] = time;
  kinds[i] = kind;
}

/** Removes the earliest event and returns its kind; read `heap.time[0]` first for its time. The heap must not be empty. */
export function popEvent(heap: EventHeap): number {
  const times = heap.time;
  const kinds = heap.kind;
  const top = kinds[0];
  const size = --heap.size;
  if (size === 0) return top;
  const time = times[size];
  const kind = kinds[size];
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= size) break;
    if (child + 1 < size && times[child + 1] < times[child]) child++;
    if (times[child] >= time) break;
    times[i] = times[child];
    kinds[i] = kinds[child];
    i = child;
  }
  times[i] = time;
  kinds[i] = kind;
  return top;
}
