// The headline as one image for social media (1200 × 630, the size link
// previews use): the title, the big numbers, the money against the first
// alternative and the run it came from, so it stands on its own when shared.
import { wrap } from '../charts/png.ts';
import type { BedHeadline } from './bed-headline.ts';

export const HEADLINE_IMAGE_WIDTH = 1200;
export const HEADLINE_IMAGE_HEIGHT = 630;

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/** Draws the headline on a 1200 × 630 canvas and returns it as a PNG data URL. */
export function headlineImage(headline: BedHeadline, provenance: string): string {
  const canvas = document.createElement('canvas');
  canvas.width = HEADLINE_IMAGE_WIDTH;
  canvas.height = HEADLINE_IMAGE_HEIGHT;
  const context = canvas.getContext('2d')!;
  const padding = 48;
  const inner = HEADLINE_IMAGE_WIDTH - 2 * padding;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, HEADLINE_IMAGE_WIDTH, HEADLINE_IMAGE_HEIGHT);
  context.fillStyle = '#005a8c';
  context.fillRect(0, 0, 14, HEADLINE_IMAGE_HEIGHT);
  context.textBaseline = 'top';
  context.fillStyle = '#1b1b1b';
  context.font = `700 34px ${FONT}`;
  let y = padding;
  for (const line of wrap(context, headline.title, inner).slice(0, 2)) {
    context.fillText(line, padding, y);
    y += 42;
  }
  y += 14;
  // Up to four figures side by side, each a big number over what it counts.
  const figures = headline.figures.slice(0, 4);
  const gap = 18;
  const boxWidth = (inner - gap * (figures.length - 1)) / Math.max(1, figures.length);
  const boxHeight = 170;
  figures.forEach((figure, index) => {
    const x = padding + index * (boxWidth + gap);
    context.fillStyle = '#f4f5f6';
    context.fillRect(x, y, boxWidth, boxHeight);
    context.fillStyle = '#1b1b1b';
    context.font = `700 54px ${FONT}`;
    context.fillText(figure.value, x + 16, y + 14);
    context.font = `600 22px ${FONT}`;
    wrap(context, figure.label, boxWidth - 32)
      .slice(0, 3)
      .forEach((line, row) => context.fillText(line, x + 16, y + 84 + row * 27));
  });
  y += boxHeight + 26;
  const money = headline.alternatives[0];
  if (money) {
    context.fillStyle = '#1b1b1b';
    context.font = `22px ${FONT}`;
    for (const line of wrap(context, money, inner).slice(0, 5)) {
      context.fillText(line, padding, y);
      y += 29;
    }
  }
  context.fillStyle = '#545454';
  context.font = `16px ${FONT}`;
  const footer = wrap(context, `${provenance} · means over trials, with the 90% ranges in the full results`, inner).slice(0, 2);
  footer.forEach((line, row) => context.fillText(line, padding, HEADLINE_IMAGE_HEIGHT - padding + 8 - (footer.length - row) * 21));
  return canvas.toDataURL('image/png');
}
