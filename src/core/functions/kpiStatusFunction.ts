/** KPI_STATUS: OK / WARN / BAD / NO DATA for a value against its target, by the KPI tab's rule. */
import { isBlank, normalizeText } from '../read/cell';
import { kpiStatus, type KpiDirection } from '../metrics/kpiStatus';
import { normalizeHeader } from '../read/headers';
import { msg, type MessageKey } from '../text/messages';
import { parsePercent } from '../read/percent';
import { computeWith, type FunctionInputs } from './functionInputs';
import type { CustomFunctionSpec } from './spec';

/** What the direction argument may say, in English or Korean. */
const DIRECTIONS = new Map<string, KpiDirection>(
  [
    ['below', 'below'],
    ['미만', 'below'],
    ['at-least', 'at-least'],
    ['이상', 'at-least'],
  ].map(([word, direction]) => [normalizeHeader(word), direction as KpiDirection]),
);

/** Another function's NO DATA message passed on as the value (e.g. KPI_STATUS(DISPUTE_RATE(…))). */
const NO_DATA = /^\s*NO DATA/i;

/** `1,234` or `-1,234.5`: a number typed with thousands separators. */
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** A number; text like `2%` as a rate, `4.7` or `1,234` as a number; else null. */
function numberIn(cell: unknown): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  const text = typeof cell === 'string' ? normalizeText(cell) : '';
  const parsed = text.endsWith('%') ? parsePercent(text) : null;
  const plain = GROUPED.test(text) ? text.replace(/,/g, '') : text;
  const value = parsed === null ? Number(plain) : parsed.ok ? parsed.value : NaN;
  return text !== '' && Number.isFinite(value) ? value : null;
}

/** A number, or a sentence naming the argument. */
function numberOf(cell: unknown, name: MessageKey, inputs: FunctionInputs): number {
  return numberIn(cell) ?? inputs.badArgument(name, cell, msg('expected.rate'));
}

/**
 * Blank, or another function's NO DATA message, is no value. Another function's other sentence
 * (a row to fix) is passed on as it is: quoted inside "expected a number" it would hide the cause.
 */
function kpiValue(arg: unknown, inputs: FunctionInputs): number | null {
  const cell = inputs.scalar(arg, 'fn.arg.value');
  if (isBlank(cell) || NO_DATA.test(String(cell))) return null;
  const value = numberIn(cell);
  if (value !== null) return value;
  return typeof cell === 'string' && isSentence(cell)
    ? inputs.passOn(cell)
    : inputs.badArgument('fn.arg.value', cell, msg('expected.rate'));
}

/**
 * A custom function's sentence about a cell to fix (`주문 2행, …: "…" — 설정 탭에 USD 환율이
 * 필요합니다.`: the dash between the cell and what it needs), or the call it asks for
 * (`…: =DISPUTE_RATE(주문!A:Z, …)`), not a value typed wrong.
 */
function isSentence(text: string): boolean {
  return text.includes(' — ') || text.includes(': =');
}

function direction(arg: unknown, inputs: FunctionInputs): KpiDirection {
  const cell = inputs.scalar(arg, 'fn.arg.direction');
  if (isBlank(cell)) return 'at-least';
  return (
    DIRECTIONS.get(normalizeHeader(cell)) ??
    inputs.badArgument('fn.arg.direction', cell, msg('expected.direction'))
  );
}

export const KPI_STATUS: CustomFunctionSpec = {
  name: 'KPI_STATUS',
  summary: {
    en: 'KPI status of a value against its target: OK, WARN (missed by at most 20% of the target), BAD or NO DATA.',
    ko: '목표 대비 KPI 상태: OK, WARN(목표의 20% 이내로 못 미침), BAD, NO DATA.',
  },
  params: [
    {
      name: 'value',
      type: 'number',
      description: {
        en: 'The KPI value, e.g. a cell with =DISPUTE_RATE(…); blank or NO DATA gives NO DATA.',
        ko: 'KPI 값(예: =DISPUTE_RATE(…)가 있는 셀). 비어 있거나 NO DATA이면 NO DATA.',
      },
    },
    {
      name: 'target',
      type: 'number',
      description: { en: 'The target, e.g. 2% or 4.7.', ko: '목표(예: 2%, 4.7).' },
    },
    {
      name: 'direction',
      type: 'text',
      optional: true,
      description: {
        en: 'Optional: "below" (stay under the target, e.g. dispute rate) or "at-least" (reach it; the default).',
        ko: '선택: "미만"(예: 분쟁률) 또는 "이상"(기본값). below / at-least도 됩니다.',
      },
    },
  ],
  returns: { en: 'OK, WARN, BAD or NO DATA.', ko: 'OK, WARN, BAD 또는 NO DATA.' },
  example: '=KPI_STATUS(DISPUTE_RATE(Orders!A:Z, Disputes!A:G), 2%, "below")',
  run([value, target, towards], ctx) {
    return computeWith(ctx, undefined, (inputs) =>
      kpiStatus(
        kpiValue(value, inputs),
        numberOf(inputs.scalar(target, 'fn.arg.target'), 'fn.arg.target', inputs),
        direction(towards, inputs),
      ),
    );
  },
};
