/**
 * Exact sums of many doubles, one sum per slot, whose result does not depend
 * on the order of the additions or on how the values were split into parts
 * and merged: what a run split into chunks over any number of workers needs
 * so that the same seed gives the same mean to the last bit.
 *
 * Method: a superaccumulator (after R. M. Neal, "Fast exact summation using
 * small and large superaccumulators", arXiv:1505.05571, 2015). Every finite
 * double is an integer multiple of 2^−1074; a slot holds that integer in
 * base 2^32, as {@link DIGITS} digits each kept in a double. Adding a value
 * splits its 53-bit significand, shifted to its place, into three 32-bit
 * pieces added to three digits, exactly (every step is an integer below 2^53).
 * Digits are carried back into [0, 2^32) every 2^20 additions, before any can
 * pass 2^53, and on merging, so the carried digits are a canonical form of
 * the exact sum; {@link exactSumValue} reads it top digit first, so equal
 * sums read as equal doubles. Infinite and NaN values are not accepted.
 * Cost: about 15 arithmetic operations an addition; 536 bytes a slot.
 */
export interface ExactSums {
  readonly slots: number;
  /** `slot * DIGITS + digit`: digit i counts units of 2^(32·i − 1074). */
  readonly digits: Float64Array;
  /** Additions since the digits were last carried (one counter for every slot). */
  pending: number;
}

/** Base-2^32 digits a slot holds: enough for any sum of up to 2^40 finite doubles. */
export const DIGITS = 67;
const RADIX = 4294967296;
const CARRY_EVERY = 1 << 20;
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
/** 2^k for k in 0..31. */
const SHIFT = Float64Array.from({ length: 32 }, (_, k) => 2 ** k);
/** The value of one unit of each digit, 2^(32·i − 1074) (0 and Infinity never arise for a digit in use). */
const PLACE = Float64Array.from({ length: DIGITS }, (_, i) => 2 ** (32 * i - 1074));

/** Sums for `slots` slots, all zero. */
export function createExactSums(slots: number): ExactSums {
  return { slots, digits: new Float64Array(slots * DIGITS), pending: 0 };
}

/**
 * Adds `value` to slot `slot`, exactly.
 * @throws RangeError when the value is infinite or NaN
 */
export function addExact(sums: ExactSums, slot: number, value: number): void {
  if (value === 0) return;
  bits[0] = value;
  const low = words[0];
  const high = words[1];
  let exponent = (high >>> 20) & 0x7ff;
  if (exponent === 0x7ff) throw new RangeError(`addExact: ${value} cannot be summed exactly`);
  let significandHigh = high & 0xfffff;
  if (exponent === 0) exponent = 1;
  else significandHigh |= 0x100000;
  // value = ±significand · 2^(exponent − 1075) = ±significand · 2^position units of 2^−1074.
  const position = exponent - 1;
  const digit = slot * DIGITS + (position >>> 5);
  const shifted = (significandHigh * RADIX + low) * SHIFT[position & 31];
  const above = Math.floor(shifted / RADIX);
  const top = Math.floor(above / RADIX);
  const sign = high >>> 31 ? -1 : 1;
  const digits = sums.digits;
  digits[digit] += sign * (shifted - above * RADIX);
  digits[digit + 1] += sign * (above - top * RADIX);
  digits[digit + 2] += sign * top;
  if (++sums.pending >= CARRY_EVERY) carryExactSums(sums);
}

/** Carries every slot's digits into [0, 2^32) (the top digit keeps the sign): the canonical form. */
export function carryExactSums(sums: ExactSums): void {
  const digits = sums.digits;
  for (let slot = 0; slot < sums.slots; slot++) {
    const first = slot * DIGITS;
    for (let i = first; i < first + DIGITS - 1; i++) {
      const carry = Math.floor(digits[i] / RADIX);
      if (carry !== 0) {
        digits[i] -= carry * RADIX;
        digits[i + 1] += carry;
      }
    }
  }
  sums.pending = 0;
}

/**
 * Adds every slot of `from` into `into`, exactly.
 * @throws RangeError when the two hold different numbers of slots
 */
export function mergeExactSums(into: ExactSums, from: ExactSums): void {
  if (into.slots !== from.slots) throw new RangeError(`mergeExactSums: ${from.slots} slots cannot be added to ${into.slots}`);
  carryExactSums(from);
  carryExactSums(into);
  for (let i = 0; i < into.digits.length; i++) into.digits[i] += from.digits[i];
  carryExactSums(into);
}

const scratch = new Float64Array(DIGITS);

/** Slot `slot`'s exact sum read as a double (its magnitude's top digits first; the same double for the same sum, however it was added up). */
export function exactSumValue(sums: ExactSums, slot: number): number {
  if (sums.pending > 0) carryExactSums(sums);
  scratch.set(sums.digits.subarray(slot * DIGITS, (slot + 1) * DIGITS));
  // Carried, a negative sum borrows into the top digit; its magnitude is the negated digits, carried again.
  const negative = scratch[DIGITS - 1] < 0;
  if (negative) {
    for (let i = 0; i < DIGITS; i++) scratch[i] = -scratch[i];
    for (let i = 0; i < DIGITS - 1; i++) {
      const carry = Math.floor(scratch[i] / RADIX);
      scratch[i] -= carry * RADIX;
      scratch[i + 1] += carry;
    }
  }
  let value = 0;
  for (let i = DIGITS - 1; i >= 0; i--) if (scratch[i] !== 0) value += scratch[i] * PLACE[i];
  return negative ? -value : value;
}
