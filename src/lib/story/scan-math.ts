/**
 * "What would it take?": vehicles a day at southwest land ports at a chosen scan rate.
 * Calculated from BTS monthly port records summed by calendar year (border_traffic.csv):
 * yearly total ÷ days in that year (366 in 2024). Ranges come from using each recent year's
 * traffic; nothing here is a forecast.
 */

export interface TrafficYear {
  year: number;
  cars: number;
  trucks: number;
}

export const daysInYear = (year: number): number => ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365);

export const perDay = (total: number, year: number): number => total / daysInYear(year);

export interface DayRange {
  low: number;
  high: number;
}

/** Vehicles a day scanned and not scanned at `ratePct`, as a range across the traffic years. */
export function scanRange(traffic: TrafficYear[], kind: 'cars' | 'trucks', ratePct: number): { scanned: DayRange; notScanned: DayRange } {
  if (!traffic.length) throw new Error('no traffic years');
  const rate = Math.min(100, Math.max(0, ratePct)) / 100;
  const daily = traffic.map((t) => perDay(t[kind], t.year));
  const lo = Math.min(...daily);
  const hi = Math.max(...daily);
  return {
    scanned: { low: Math.round(lo * rate), high: Math.round(hi * rate) },
    notScanned: { low: Math.round(lo * (1 - rate)), high: Math.round(hi * (1 - rate)) },
  };
}
