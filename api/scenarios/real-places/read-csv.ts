/**
 * Reads CSV text (RFC 4180: commas, double-quoted fields with "" for a quote,
 * CRLF or LF line ends) into records keyed by the header row. A row with a
 * different number of fields from the header is refused, naming its line.
 */
export function readCsv(text: string): Record<string, string>[] {
  const rows = csvRows(text.replace(/^\uFEFF/, ''));
  const [header, ...body] = rows;
  if (!header) throw new Error('CSV has no header row');
  return body.map((fields, index) => {
    if (fields.length !== header.length) throw new Error(`CSV line ${index + 2}: ${fields.length} fields, the header has ${header.length}`);
    return Object.fromEntries(header.map((name, column) => [name, fields[column]]));
  });
}

function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let at = 0; at < text.length; at++) {
    const character = text[at];
    if (quoted) {
      if (character === '"' && text[at + 1] === '"') {
        field += '"';
        at++;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      fields.push(field);
      field = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[at + 1] === '\n') at++;
      fields.push(field);
      rows.push(fields);
      fields = [];
      field = '';
    } else field += character;
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    rows.push(fields);
  }
  return rows;
}
