import type { WeeklySummary } from '../../weeklySummary';
import type { WeeklyArgs } from './args';

export interface CliOutcome {
  outcome:
    | { ok: true; message: string; notes: string[]; summary: WeeklySummary }
    | { ok: false; message: string };
  serviceCalls: number;
}

const money = (n: number) => Math.round(n).toLocaleString('en-US');
const percent = (n: number | null) => (n === null ? '—' : `${(n * 100).toFixed(1)}%`);

function table(rows: string[][]): string {
  const widths =
    rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length))) ?? [];
  return rows
    .map((row) => row.map((cell, c) => cell.padStart(widths[c] ?? 0)).join('  '))
    .join('\n');
}

/**
 * With --json exactly one JSON object (the summary plus serviceCalls); otherwise a short table
 * for a person.
 */
export function renderReport(result: CliOutcome, args: Pick<WeeklyArgs, 'json' | 'out'>): string {
  if (!result.outcome.ok) return result.outcome.message;
  const { summary, message, notes } = result.outcome;
  if (args.json) return JSON.stringify({ ...summary, serviceCalls: result.serviceCalls });
  const weeks = table([
    ['week', 'sales', 'real margin', 'margin', 'orders', 'disputes'],
    ...summary.weeks.map((w) => [
      w.weekStart,
      money(w.sales),
      money(w.realMargin),
      percent(w.marginRate),
      String(w.paidOrders),
      String(w.disputes),
    ]),
  ]);
  const kpis = table([
    ['KPI', 'value', 'target', 'status'],
    ...summary.kpis.map((k) => [
      k.id,
      k.value === null ? '—' : k.value.toFixed(4),
      k.target === null ? '—' : String(k.target),
      k.status,
    ]),
  ]);
  return [
    message,
    ...notes,
    `as of ${summary.asOf} · amounts in ${summary.baseCurrency}`,
    '',
    weeks,
    '',
    kpis,
    '',
    `ledger rows added: ${summary.ledgerRowsAdded} · problems: ${summary.problems} · service calls: ${result.serviceCalls}`,
    args.out ? `saved: ${args.out}` : '',
  ]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n');
}
