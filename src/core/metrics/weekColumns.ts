import type { MessageKey } from '../text/messages';
import type { WeekRow } from './weeklyMargin';

/** The money columns of a margin table, in the order every table shows them. */
export const MARGIN_COLUMNS = [
  ['sales', 'col.sales'],
  ['refunds', 'col.refunds'],
  ['cogs', 'col.cogs'],
  ['shipping', 'col.shipping'],
  ['packaging', 'col.packaging'],
  ['fees', 'col.fees'],
  ['affiliate', 'col.affiliate'],
  ['ads', 'col.ads'],
  ['coupons', 'col.coupons'],
  ['penalties', 'col.penalties'],
  ['other', 'col.other'],
  ['realMargin', 'col.realMargin'],
] as const satisfies ReadonlyArray<readonly [keyof WeekRow, MessageKey]>;

/** The Weekly Margin table's columns: the generated tab and WEEKLY_MARGIN show the same. */
export const WEEK_COLUMNS = [
  ['weekStart', 'col.weekStart'],
  ...MARGIN_COLUMNS,
  ['marginRate', 'col.marginRate'],
  ['storeDiscounts', 'col.storeDiscounts'],
  ['paidOrders', 'col.paidOrders'],
  ['disputes', 'col.disputes'],
  ['disputeRate', 'col.disputeRate'],
] as const satisfies ReadonlyArray<readonly [keyof WeekRow, MessageKey]>;
