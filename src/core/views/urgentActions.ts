/**
 * Today's most urgent actions for the sidebar's first screen, ranked as a seller should take
 * them: a parcel already late costs a penalty, one due within a day is next, then buyers
 * waiting past the response target, negative reviews without a reply, stock running out, and
 * disputes waiting for the seller's answer.
 */
import type { WeeklyUpdate } from '../weeklyUpdate';

export const URGENT_IDS = [
  'overdue',
  'shipSoon',
  'messages',
  'negativeReviews',
  'lowStock',
  'disputes',
] as const;

export type UrgentId = (typeof URGENT_IDS)[number];

export interface UrgentCount {
  id: UrgentId;
  count: number;
}

/** How many the first screen shows. */
export const URGENT_SHOWN = 3;

type UrgentInput = Pick<WeeklyUpdate, 'today' | 'stockCover' | 'openDisputes'>;

const COUNTS: Record<UrgentId, (update: UrgentInput) => number> = {
  overdue: ({ today }) => today.shipBy.filter((row) => row.hoursLeft < 0).length,
  shipSoon: ({ today }) => today.shipBy.filter((row) => row.alert && row.hoursLeft >= 0).length,
  messages: ({ today }) => today.messagesPastTarget,
  negativeReviews: ({ today }) =>
    today.followUps.filter((followUp) => followUp.kind === 'negative-reply').length,
  lowStock: ({ stockCover }) => stockCover.filter((row) => row.alert).length,
  disputes: ({ openDisputes }) => openDisputes.disputes.length,
};

/**
 * The first `URGENT_SHOWN` kinds of action with something to do, in rank order.
 * @example urgentActions(update) // [{ id: 'overdue', count: 1 }, { id: 'shipSoon', count: 3 }, …]
 */
export function urgentActions(update: UrgentInput): UrgentCount[] {
  return URGENT_IDS.map((id) => ({ id, count: COUNTS[id](update) }))
    .filter(({ count }) => count > 0)
    .slice(0, URGENT_SHOWN);
}
