import { formatMoney, formatNumber, formatRate } from '../lib/format.ts';
import type { Unit } from './field-specs.ts';

/** A value in its unit, for previews: £12.3m, 3.5%, 4.5 days. */
export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'money':
      return formatMoney(value);
    case 'rate':
    case 'share':
      return formatRate(value);
    case 'pounds':
      return `£${formatNumber(value)}`;
    case 'days':
      return `${formatNumber(value)} days`;
    case 'count':
    case 'plain':
      return formatNumber(value);
  }
}
