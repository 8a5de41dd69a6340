import type { PlaceSpec } from '../../scenario/schema/system.ts';

/**
 * Each place's share of its system's single pot, in the places' order: its
 * own `share` when it gives one; otherwise its part of `delegatedByPopulation`
 * in proportion to population × needs weight (default 1) among the places
 * given by population. Validation has checked that every place gives one or
 * the other and that population places have the system's share to divide.
 *
 * @example places A (200,000 people, weight 1.2) and B (300,000, weight 0.8) dividing 0.6 of the pot: 240,000 and 240,000 weighted heads, so 0.3 each.
 */
export function placeShares(places: readonly PlaceSpec[], delegatedByPopulation: number | undefined): number[] {
  const weighted = places.map((place) => (place.share === undefined ? (place.population ?? 0) * (place.needsWeight ?? 1) : 0));
  const total = weighted.reduce((sum, heads) => sum + heads, 0);
  return places.map((place, index) => place.share ?? (total > 0 ? ((delegatedByPopulation ?? 0) * weighted[index]) / total : 0));
}
