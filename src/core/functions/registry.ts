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
import { STOCK_COVER_DAYS } from './stockCoverFunction';
import { TITLE_CHECK } from './titleCheckFunction';
import { WEEKLY_MARGIN } from './weeklyMarginFunction';

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
];
