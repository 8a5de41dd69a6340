/** The unit of a bed figure, for export columns; unknown metrics (added later) are counts. */
export function bedUnit(metric: string): string {
  if (metric === 'occupancy') return 'share of core beds';
  if (metric.startsWith('days')) return 'days';
  if (metric.endsWith('BedDays')) return 'bed days';
  if (metric === 'coreBeds') return 'beds';
  if (/Admitted$|Cancelled$|Admissions$/.test(metric)) return 'patients';
  return 'count';
}
