import { describe, expect, test } from 'vitest';
import { matchesSearch } from '../../../api/scenarios/search.ts';

describe('matchesSearch', () => {
  test('every word must appear in one of the texts, ignoring case', () => {
    expect(matchesSearch('bed CUTS', ['Bed cuts on a promise', ''])).toBe(true);
    expect(matchesSearch('promise teaching', ['Bed cuts on a promise', 'For campaigners'])).toBe(false);
    expect(matchesSearch('promise campaigners', ['Bed cuts on a promise', 'For campaigners'])).toBe(true);
  });

  test('an empty or blank search matches everything; a missing text is skipped', () => {
    expect(matchesSearch(undefined, ['x'])).toBe(true);
    expect(matchesSearch('   ', [])).toBe(true);
    expect(matchesSearch('x', [undefined])).toBe(false);
  });
});
