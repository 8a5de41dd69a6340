// A chart as a PNG that stands on its own: title, chart, the plain-English
// reading and the run it came from.

/** Splits text into lines no wider than `width` in the context's font, at spaces. */
export function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (context.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Composes a PNG data URL from a chart canvas and its words. */
export function chartPng(source: HTMLCanvasElement, title: string, reading: string, footer: string): string {
  // Text at the same pixel density as the chart (2 on a high-density screen).
  const scale = Math.max(1, Math.round(source.width / Math.max(1, source.clientWidth)));
  const padding = 20 * scale;
  const width = source.width + 2 * padding;
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = `${14 * scale}px system-ui, sans-serif`;
  const readingLines = wrap(measure, reading, width - 2 * padding);
  measure.font = `${11 * scale}px system-ui, sans-serif`;
  const footerLines = wrap(measure, footer, width - 2 * padding);
  const titleHeight = 30 * scale;
  const height = padding + titleHeight + source.height + 10 * scale + readingLines.length * 20 * scale + footerLines.length * 16 * scale + padding;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#1b1b1b';
  context.textBaseline = 'top';
  context.font = `700 ${18 * scale}px system-ui, sans-serif`;
  context.fillText(title, padding, padding);
  context.drawImage(source, padding, padding + titleHeight);
  let y = padding + titleHeight + source.height + 10 * scale;
  context.font = `${14 * scale}px system-ui, sans-serif`;
  for (const line of readingLines) {
    context.fillText(line, padding, y);
    y += 20 * scale;
  }
  context.fillStyle = '#545454';
  context.font = `${11 * scale}px system-ui, sans-serif`;
  for (const line of footerLines) {
    context.fillText(line, padding, y);
    y += 16 * scale;
  }
  return canvas.toDataURL('image/png');
}
