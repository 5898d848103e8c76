import type { CorrectionKind } from '../../core/ledger/slots';
import { t } from '../../core/text/messages';
import type { WeeklySummary } from '../../core/views/weeklySummary';
import type { WeeklyArgs } from './args';

/** What the bundle's weeklyUpdate returns. */
export type UpdateOutcome =
  | { ok: true; message: string; notes: string[]; summary: WeeklySummary }
  | { ok: false; message: string };

/** One weekly update that finished; `paste` is the folder pasted before it (null without --paste). */
export interface CompletedRun {
  paste: string | null;
  outcome: Extract<UpdateOutcome, { ok: true }>;
  serviceCalls: number;
  seconds: number;
}

const money = (n: number) => Math.round(n).toLocaleString('en-US');
const percent = (n: number | null) => (n === null ? '—' : `${(n * 100).toFixed(1)}%`);

/** Right-aligned columns. A reduce, not Math.max(...rows): each week would be one argument. */
function table(rows: string[][]): string {
  const widths =
    rows[0]?.map((_, c) =>
      rows.reduce((widest, row) => Math.max(widest, (row[c] ?? '').length), 0),
    ) ?? [];
  return rows
    .map((row) => row.map((cell, c) => cell.padStart(widths[c] ?? 0)).join('  '))
    .join('\n');
}

/** e.g. 'ledger rows added: 5 (corrections: order cancelled 1, amount changed 2)' */
function ledgerRowsText(summary: WeeklySummary): string {
  // Each kind in the words of its 원장 memo (this report is in English).
  const corrections = Object.entries(summary.ledgerCorrections)
    .filter(([, count]) => (count ?? 0) > 0)
    .map(([kind, count]) => `${t(`memo.${kind as CorrectionKind}`, 'en')} ${count}`);
  const added = `ledger rows added: ${summary.ledgerRowsAdded}`;
  return corrections.length > 0 ? `${added} (corrections: ${corrections.join(', ')})` : added;
}

/** e.g. 'payouts: 212 checked, 2 short or missing, 6,276 at stake' */
function payoutsText({ payouts }: WeeklySummary): string {
  const gaps = `${payouts.gaps.length} short or missing`;
  return `payouts: ${payouts.checked} checked, ${gaps}, ${money(payouts.atStake)} at stake`;
}

/** One line per --paste run, for a person: which folder, what it added, how long it took. */
function runLine(run: CompletedRun): string {
  return `${run.paste} · ${ledgerRowsText(run.outcome.summary)} · ${run.seconds.toFixed(2)} s`;
}

/**
 * Exactly one JSON object: the last run's summary plus serviceCalls, and with --paste every
 * run's share of the work.
 */
function jsonReport(runs: readonly CompletedRun[], last: CompletedRun, paste: boolean): string {
  const report: Record<string, unknown> = {
    ...last.outcome.summary,
    serviceCalls: last.serviceCalls,
  };
  if (paste) {
    report.runs = runs.map((run) => ({
      paste: run.paste,
      ledgerRowsAdded: run.outcome.summary.ledgerRowsAdded,
      ledgerCorrections: run.outcome.summary.ledgerCorrections,
      seconds: run.seconds,
      serviceCalls: run.serviceCalls,
    }));
  }
  return JSON.stringify(report);
}

/**
 * With --json exactly one JSON object; otherwise, for a person, a line per --paste run and a
 * short table of the last run.
 */
export function renderReport(
  runs: readonly CompletedRun[],
  args: Pick<WeeklyArgs, 'json' | 'out' | 'paste'>,
): string {
  const last = runs.at(-1);
  if (!last) throw new Error('renderReport needs at least one run.');
  const pasted = args.paste.length > 0;
  if (args.json) return jsonReport(runs, last, pasted);
  const { summary, message, notes } = last.outcome;
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
    ...(pasted ? [...runs.map(runLine), ''] : []),
    message,
    ...notes,
    `as of ${summary.asOf} · amounts in ${summary.baseCurrency}`,
    '',
    weeks,
    '',
    kpis,
    '',
    payoutsText(summary),
    `${ledgerRowsText(summary)} · problems: ${summary.problems} · service calls: ${last.serviceCalls}`,
    args.out ? `saved: ${args.out}` : '',
  ]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n');
}
