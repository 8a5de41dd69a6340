import { describe, expect, it } from 'vitest';
import { compactLabels } from '../../ui/src/results/compact-labels.ts';

describe('compactLabels', () => {
  it("drops the system's first word where a name starts with it, and names the system 'Whole system'", () => {
    expect(compactLabels(['Riverside ICB', 'Riverside University Hospitals', 'Hillside Hospital', 'Riverside ICS (system)'], 'Riverside ICS', 3)).toEqual([
      'ICB',
      'University Hospitals',
      'Hillside Hospital',
      'Whole system',
    ]);
  });
  it('keeps a name that is only the prefix, and names that merely share letters', () => {
    expect(compactLabels(['Riverside', 'Riversidean Trust', 'X (system)'], 'Riverside ICS', 2)).toEqual(['Riverside', 'Riversidean Trust', 'Whole system']);
  });
});
