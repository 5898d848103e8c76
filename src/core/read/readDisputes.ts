/**
 * The Disputes tab (docs/rules.md §2–§4). A dispute counts when it was opened; its refund is dated (and
 * converted) at its closed time, or its opened time while it is still open.
 */
import { classifyReason } from './disputeReason';
import type { ReadContext } from './readContext';
import type { Dispute } from './records';
import { isClosedDispute } from './disputeStatus';
import { readTabRows, type TabRead } from './tabRows';

/**
 * A refund is money to the buyer whichever sign the export writes it with, so it is kept
 * positive (a cost); a blank refund is null, not 0.
 * @example readDisputes([['Order ID', 'Opened Time'], ['3061', '2025-09-01']], ctx).records[0].refund // null
 */
export function readDisputes(
  values: unknown[][],
  ctx: ReadContext,
  numberFormats?: string[][],
): TabRead<Dispute> {
  return readTabRows(values, 'disputes', ctx, numberFormats, (row) => {
    const orderId = row.requiredId('orderId');
    const openedTime = row.requiredDate('openedTime');
    const closedTime = row.date('closedTime');
    const refundTime = closedTime ?? openedTime;
    const refund = row.moneyInBase('refundAmount', refundTime);
    const reasonText = row.text('reason') ?? '';
    const status = row.text('status') ?? '';
    return {
      row: row.sheetRow,
      disputeId: row.id('disputeId'),
      orderId,
      openedTime,
      reason: classifyReason(reasonText),
      reasonText,
      status,
      closed: isClosedDispute(status, closedTime),
      refund: refund === null ? null : Math.abs(refund.base),
      refundTime,
    };
  });
}
