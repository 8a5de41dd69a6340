/**
 * The sizes a scenario may not exceed. Each is far above anything a real
 * scenario needs (England, 42 systems and 134 acute trusts, is about 40,000
 * values) and low enough that every check runs in well under a second, so a
 * hostile document is refused before any expensive work starts. Formulas
 * have their own limits, FORMULA_LIMITS in engine/formula.
 */
export const SCENARIO_LIMITS = {
  /**
   * Lines and commas in scenario text, counted before it is parsed: each
   * entry of a map or list takes one or the other, and the YAML parser takes
   * about 10 µs an entry (the presets have under 300 lines).
   */
  textLines: 20_000,
  /** Values in the whole document: numbers, texts, lists and maps, each counted once. */
  values: 200_000,
  /** Entries in any one list or map. */
  entries: 10_000,
  /** Lists and maps inside one another (a scenario needs about 9). */
  depth: 32,
  /** Characters in any one text value (a description is at most 5,000). */
  textCharacters: 10_000,
  /** Characters in any one key (names and ids are at most 64). */
  keyCharacters: 200,
  /** Drivers in the correlation block (its matrix is factored in O(n³)). */
  correlatedDrivers: 50,
  /** Problems listed for one document; the rest are counted in one last issue. */
  issues: 200,
} as const;
