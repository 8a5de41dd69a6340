// What every chart shares: readable fonts, a white background (so a saved
// PNG is not transparent), vertical markers for thresholds such as a control
// total, and the performance mark for "time to first chart".
import { Chart, type Plugin } from 'chart.js';
import { placeMarkerLabels } from './marker-labels.ts';

export interface Marker {
  readonly value: number;
  readonly label: string;
  readonly colour?: string;
  readonly dash?: readonly number[];
}

/** Fills the canvas white before drawing. */
export const whiteBackground: Plugin = {
  id: 'whiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/**
 * Draws each marker as a vertical line across the chart area (on the x scale,
 * the value axis of a horizontal bar chart), labelled at the top. A plugin per
 * chart, holding its markers itself: chart.js would wrap them in option proxies.
 */
export function markersPlugin(list: readonly Marker[]): Plugin {
  return {
    id: 'markers',
    afterDatasetsDraw(chart) {
      if (list.length === 0) return;
      const scale = chart.scales.x;
      if (!scale) return;
      const { ctx, chartArea } = chart;
      const fontSize = Number(chart.options.font?.size ?? Chart.defaults.font.size ?? 13);
      ctx.save();
      ctx.font = `600 ${fontSize}px system-ui, sans-serif`;
      const shown = list
        .map((marker) => ({ marker, x: scale.getPixelForValue(marker.value) }))
        .filter(({ x }) => Number.isFinite(x) && x >= chartArea.left - 1 && x <= chartArea.right + 1)
        .map((item) => ({ ...item, width: ctx.measureText(item.marker.label).width }));
      ctx.restore();
      // Labels close together (85%, 92% and 100% on a narrow chart) go on rows of their own rather than over each other.
      const places = placeMarkerLabels(shown, chartArea.right, chart.width);
      shown.forEach(({ marker, x, width: textWidth }, index) => {
        ctx.save();
        ctx.strokeStyle = marker.colour ?? '#000';
        ctx.lineWidth = 2;
        ctx.setLineDash([...(marker.dash ?? [6, 4])]);
        ctx.beginPath();
        ctx.moveTo(x, chartArea.top);
        ctx.lineTo(x, chartArea.bottom);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.font = `600 ${fontSize}px system-ui, sans-serif`;
        const { x: textX, row } = places[index];
        const top = chartArea.top + 2 + row * (fontSize + 6);
        ctx.textAlign = 'left';
        ctx.textBaseline = 'top';
        ctx.fillStyle = 'rgba(255,255,255,0.85)';
        ctx.fillRect(textX - 2, top, textWidth + 4, fontSize + 4);
        ctx.fillStyle = marker.colour ?? '#000';
        ctx.fillText(marker.label, textX, top + 2);
        ctx.restore();
      });
    },
  };
}

let fontsSet = false;

/** Fonts and colours for every chart (set once). */
export function applyDefaults(): void {
  if (fontsSet) return;
  fontsSet = true;
  Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
  Chart.defaults.font.size = 14;
  Chart.defaults.color = '#1b1b1b';
  Chart.defaults.borderColor = '#d9d9d9';
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.responsive = true;
}

/** Records when the first chart of the page appeared, for the load-time report. */
export function markFirstChart(): void {
  if (performance.getEntriesByName('first-chart').length === 0) performance.mark('first-chart');
}
