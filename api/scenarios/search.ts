/**
 * Whether texts match a search: every word of it (split on spaces) appears
 * somewhere in them, ignoring case. An empty search matches everything.
 *
 * @example
 * matchesSearch('bed CUTS', ['Bed cuts on a promise', '']) // true
 * matchesSearch('bed teaching', ['Bed cuts on a promise']) // false
 */
export function matchesSearch(search: string | undefined, texts: ReadonlyArray<string | undefined>): boolean {
  const words = (search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = texts
    .filter((text) => text !== undefined)
    .join('\n')
    .toLowerCase();
  return words.every((word) => haystack.includes(word));
}
