/**
 * Shorter labels for a big, narrow chart (the classroom's): the system's own
 * first word ("Riverside") dropped where a name starts with it, and the
 * system itself called "Whole system". Names that do not start with it keep
 * every word.
 * @example
 * compactLabels(['Riverside ICB', 'Hillside Hospital', 'Riverside ICS (system)'], 'Riverside ICS', 2)
 * // ['ICB', 'Hillside Hospital', 'Whole system']
 */
export function compactLabels(labels: readonly string[], systemName: string, systemIndex: number): string[] {
  const prefix = `${systemName.split(/\s+/)[0]} `;
  return labels.map((label, index) => {
    if (index === systemIndex) return 'Whole system';
    return label.startsWith(prefix) && label.length > prefix.length ? label.slice(prefix.length) : label;
  });
}
