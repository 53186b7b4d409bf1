/**
 * The sourced inputs of "What would it take?", picked from border_traffic.csv rows at build
 * time: calendar-year inbound traffic (BTS sums) and the scan rates and targets, each with its
 * source. Fails the build if a row it needs is missing.
 */
import type { TrafficYear } from './scan-math';

export interface BorderRow {
  category: string;
  period: string;
  period_type: string;
  metric: string;
  value: number | string;
  qualifier?: string | null | undefined;
  source_id: string;
}

export interface RateRef {
  /** "2%" or "about 8%". */
  value: number;
  qualifier: string;
  /** "fiscal 2020", "target for fiscal 2026" — what the rate is. */
  what: string;
  publisher: string;
  sourceId: string;
}

const PICKS = {
  cars: [
    { metric: 'share_passenger_vehicles_scanned_NII', period: 'FY2020', what: 'scanned in fiscal 2020 (GAO)' },
    { metric: 'share_passenger_vehicles_scanned_NII', period: 'FY2024', what: 'scanned in fiscal 2024 (GAO)' },
    { metric: 'target_capacity_passenger_vehicles', period: 'by FY2026', what: 'White House capacity target for fiscal 2026' },
    { metric: 'target_share_vehicles_scanned_high_throughput_NII', period: 'by 2027', what: 'level CBP must plan for by 2027 (a plan, not a requirement to scan)' },
  ],
  trucks: [
    { metric: 'share_commercial_vehicles_scanned_NII', period: 'FY2020', what: 'scanned in fiscal 2020 (GAO)' },
    { metric: 'share_commercial_vehicles_scanned_NII', period: 'FY2024', what: 'scanned in fiscal 2024 (GAO)' },
    { metric: 'target_capacity_cargo_vehicles', period: 'by FY2026', what: 'White House capacity target for fiscal 2026' },
    { metric: 'target_share_commercial_vehicles_scanned', period: 'by 2026-09-30', what: 'Senate bill S.1822 target (not enacted as far as we found)' },
  ],
} as const;

const QUALIFIER_WORDS: Record<string, string> = { approximately: 'about', 'not fewer than': 'at least' };

export function scanInputs(rows: BorderRow[], publisherOf: (id: string) => string, years: number[]) {
  const traffic: TrafficYear[] = years.map((year) => {
    const pick = (metric: string) => {
      const row = rows.find((r) => r.category === 'traffic' && r.period === String(year) && r.metric === metric);
      if (!row) throw new Error(`border_traffic.csv: no ${metric} row for ${year}`);
      return Number(row.value);
    };
    return { year, cars: pick('inbound_personal_vehicles'), trucks: pick('inbound_trucks') };
  });
  const trafficSource = rows.find((r) => r.metric === 'inbound_personal_vehicles')?.source_id ?? '';
  const refs = (kind: 'cars' | 'trucks'): RateRef[] =>
    PICKS[kind].map((p) => {
      const row = rows.find((r) => r.metric === p.metric && r.period === p.period);
      if (!row) throw new Error(`border_traffic.csv: no ${p.metric} row for ${p.period}`);
      return {
        value: Number(row.value),
        qualifier: QUALIFIER_WORDS[row.qualifier ?? ''] ?? row.qualifier ?? '',
        what: p.what,
        publisher: publisherOf(row.source_id),
        sourceId: row.source_id,
      };
    });
  return { traffic, trafficPublisher: publisherOf(trafficSource), cars: refs('cars'), trucks: refs('trucks') };
}
