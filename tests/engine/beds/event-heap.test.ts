import { describe, expect, it } from 'vitest';
import { createEventHeap, popEvent, pushEvent } from '../../../engine/beds/event-heap.ts';
import { createStream } from '../../../engine/random/stream.ts';

describe('event heap', () => {
  it('pops events in time order with their kinds, growing past its first size', () => {
    const heap = createEventHeap(4);
    const rng = createStream(5, 'heap');
    const pushed: Array<[number, number]> = [];
    for (let i = 0; i < 1000; i++) {
      const event: [number, number] = [rng() * 100, i % 3];
      pushed.push(event);
      pushEvent(heap, event[0], event[1]);
    }
    pushed.sort((a, b) => a[0] - b[0]);
    for (const [time, kind] of pushed) {
      expect(heap.time[0]).toBe(time);
      expect(popEvent(heap)).toBe(kind);
    }
    expect(heap.size).toBe(0);
  });

  it('interleaves pushes and pops correctly (a discharge heap in use)', () => {
    const heap = createEventHeap(16);
    pushEvent(heap, 5, 0);
    pushEvent(heap, 2, 1);
    expect(heap.time[0]).toBe(2);
    expect(popEvent(heap)).toBe(1);
    pushEvent(heap, 3, 2);
    pushEvent(heap, 9, 0);
    expect([popEvent(heap), popEvent(heap), popEvent(heap)]).toEqual([2, 0, 0]);
  });
});
