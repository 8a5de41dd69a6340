/**
 * Emergency patients who have been given a decision to admit and wait for a bed (on a
 * trolley in A&E or a corridor), first come first served: a ring buffer of each
 * patient's decision time, stay and delay, in typed arrays that double when full, so a
 * workspace stops allocating once it has seen its longest queue.
 */
export interface TrolleyQueue {
  /** Patients waiting. */
  length: number;
  /** Index of the first patient waiting. */
  head: number;
  /** When each waiting patient was given the decision to admit (days from the start). */
  decidedAt: Float64Array;
  /** Their stay once admitted (days). */
  stay: Float64Array;
  /** Their delay once fit to leave (days; 0 when not delayed). */
  delay: Float64Array;
}

/** An empty queue with room for `capacity` patients before it first grows. */
export function createTrolleyQueue(capacity: number): TrolleyQueue {
  const size = Math.max(16, capacity);
  return { length: 0, head: 0, decidedAt: new Float64Array(size), stay: new Float64Array(size), delay: new Float64Array(size) };
}

/** Empties the queue (keeping its arrays). */
export function clearTrolleyQueue(queue: TrolleyQueue): void {
  queue.length = 0;
  queue.head = 0;
}

/** Puts a patient at the back of the queue. */
export function joinTrolleyQueue(queue: TrolleyQueue, decidedAt: number, stay: number, delay: number): void {
  const size = queue.decidedAt.length;
  if (queue.length === size) {
    const grown = 2 * size;
    const decided = new Float64Array(grown);
    const stays = new Float64Array(grown);
    const delays = new Float64Array(grown);
    for (let i = 0; i < queue.length; i++) {
      const from = (queue.head + i) % size;
      decided[i] = queue.decidedAt[from];
      stays[i] = queue.stay[from];
      delays[i] = queue.delay[from];
    }
    queue.decidedAt = decided;
    queue.stay = stays;
    queue.delay = delays;
    queue.head = 0;
  }
  const at = (queue.head + queue.length) % queue.decidedAt.length;
  queue.decidedAt[at] = decidedAt;
  queue.stay[at] = stay;
  queue.delay[at] = delay;
  queue.length++;
}

/** Takes the first patient off the queue; read `decidedAt[head]`, `stay[head]` and `delay[head]` first. The queue must not be empty. */
export function leaveTrolleyQueue(queue: TrolleyQueue): void {
  queue.head = queue.head + 1 === queue.decidedAt.length ? 0 : queue.head + 1;
  queue.length--;
}
