import { DISPUTE_RATE, RETURN_CAUSES } from './disputes';
import { FUNNEL } from './funnel';
import { FX_REPRICE } from './fxReprice';
import { KPI_STATUS } from './kpiStatus';
import { PARETO_CLASS } from './pareto';
import { PAYOUT_GAP } from './payoutGap';
import { MARGIN_RATE, REAL_MARGIN } from './realMargin';
import { RESPONSE_HOURS } from './responseHours';
import { ROAS } from './roas';
import { SHIP_BY } from './shipBy';
import type { CustomFunctionSpec } from './spec';
import { STOCK_COVER_DAYS } from './stockCover';
import { TITLE_CHECK } from './titleCheck';
import { WEEKLY_MARGIN } from './weeklyMargin';

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
