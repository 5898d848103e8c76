import { DISPUTE_RATE, RETURN_CAUSES } from './disputeFunctions';
import { FUNNEL } from './funnelFunction';
import { FX_REPRICE } from './fxRepriceFunction';
import { KPI_STATUS } from './kpiStatusFunction';
import { PARETO_CLASS } from './paretoFunction';
import { PAYOUT_GAP } from './payoutGapFunction';
import { MARGIN_RATE, REAL_MARGIN } from './realMarginFunctions';
import { RESPONSE_HOURS } from './responseHoursFunction';
import { ROAS } from './roasFunction';
import { SHIP_BY } from './shipByFunction';
import type { CustomFunctionSpec } from './spec';
import { isOmitted } from './functionInputs';
import { firstCells } from './table';
import { languageOf, type Lang } from '../text/language';
import { TAB_IDS, tabSpec } from '../read/tabSpecs';
import { t } from '../text/messages';
import { STOCK_COVER_DAYS } from './stockCoverFunction';
import { TITLE_CHECK } from './titleCheckFunction';
import { WEEKLY_MARGIN } from './weeklyMarginFunction';

/**
 * A range where the as-of day goes is a skipped argument, most often: `F(Orders, Disputes,
 * Settings)` for `F(Orders, Disputes, , Settings)`. Said first, before reading that range as
 * something else gives a misleading sentence (no FX rate, when Settings has it).
 */
function withAsOfCheck(spec: CustomFunctionSpec): CustomFunctionSpec {
  const at = spec.params.findIndex((param) => param.name === 'asOf');
  if (at < 0) return spec;
  return {
    ...spec,
    run(args, ctx) {
      const arg = args[at];
      if (!Array.isArray(arg) || isOmitted(arg) || firstCells(arg, 2).length < 2) {
        return spec.run(args, ctx);
      }
      const lang = languageOf(ctx.locale);
      return {
        ok: false,
        message: t('fn.asOfRange', lang, { example: callWithoutAsOf(spec, lang) }),
      };
    },
  };
}

/**
 * The call with its as-of place left empty, in the user's tab names (the docs' example is not in
 * the bundle): `=DISPUTE_RATE(주문!A:Z, 분쟁!A:G, , 설정!A:C)`.
 */
function callWithoutAsOf(spec: CustomFunctionSpec, lang: Lang): string {
  const places = spec.params.map(({ name, type, optional }) => {
    if (name === 'asOf') return '';
    // A range parameter is named after its tab (orders, ordersOrPayTime, skus, settings…).
    const tab = TAB_IDS.find((id) => name.startsWith(id));
    if (tab && type.startsWith('A1:')) return `${tabSpec(tab)[lang]}!A:${type.slice(3)}`;
    return optional ? '' : '"…"';
  });
  // No empty place after the last one written: =FX_REPRICE(설정!A:C), not =FX_REPRICE(설정!A:C, ).
  while (places.at(-1) === '') places.pop();
  return `=${spec.name}(${places.join(', ')})`;
}

/** Every custom function of the add-on, declared once (the JSDoc entry is generated from this). */
export const CUSTOM_FUNCTIONS: readonly CustomFunctionSpec[] = [
  REAL_MARGIN,
  MARGIN_RATE,
  WEEKLY_MARGIN,
  DISPUTE_RATE,
  FUNNEL,
  KPI_STATUS,
  RESPONSE_HOURS,
  RETURN_CAUSES,
  ROAS,
  STOCK_COVER_DAYS,
  FX_REPRICE,
  SHIP_BY,
  TITLE_CHECK,
  PARETO_CLASS,
  PAYOUT_GAP,
].map(withAsOfCheck);
