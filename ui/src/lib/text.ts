/** A message as a sentence: first letter upper case. */
export function sentence(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}

/** `a, b and c`. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * `Pay` → `pay`, `A share` → `a share`, but `PFI unitary payment`, `PDC
 * dividend` and `A&E 4-hour performance` keep their capitals: the first letter
 * goes lower case only when the first word has no other capital.
 */
export function startLower(text: string): string {
  const firstWord = /^\S*/.exec(text)?.[0] ?? '';
  return /^[A-Z][^A-Z]*$/.test(firstWord) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Splits a long chart label into lines of about `width` characters, at spaces. */
export function wrapLabel(text: string, width = 26): string | string[] {
  if (text.length <= width) return text;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** An organisation's name without the legal suffix, for chart labels: `Hillside Hospital NHS Trust` → `Hillside Hospital`. */
export function shortName(name: string): string {
  const short = name.replace(/\s+NHS(\s+(Foundation\s+)?(Trust|FT))?$/i, '').replace(/\s+(NHS\s+)?(FT|Trust)$/i, '');
  return short.length > 0 ? short : name;
}

/** Lines a label takes once wrapped by {@link wrapLabel}. */
export function labelLines(text: string, width = 26): number {
  const wrapped = wrapLabel(text, width);
  return Array.isArray(wrapped) ? wrapped.length : 1;
}
