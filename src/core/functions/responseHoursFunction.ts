/** RESPONSE_HOURS: mean hours to the first reply in the KPI window, as the KPI tab counts them. */
import { responseHours } from '../metrics/responseTime';
import { computeWith } from './functionInputs';
import { AS_OF_PARAM, rangeParam, SETTINGS_PARAM } from './params';
import type { CustomFunctionSpec } from './spec';

export const RESPONSE_HOURS: CustomFunctionSpec = {
  name: 'RESPONSE_HOURS',
  summary: {
    en: 'Mean hours from a buyer’s message to your first reply, over the KPI window; a message still unanswered counts until the as-of time.',
    ko: 'KPI 기간 동안 구매자 메시지부터 첫 답변까지 걸린 평균 시간. 아직 답하지 않은 메시지는 기준 시각까지 잽니다.',
  },
  params: [rangeParam('messages', 'D'), AS_OF_PARAM, SETTINGS_PARAM],
  returns: {
    en: 'Hours (e.g. 9.6), or NO DATA when no message was received in the window.',
    ko: '시간(예: 9.6), 기간 중 받은 메시지가 없으면 NO DATA.',
  },
  example: '=RESPONSE_HOURS(Messages!A:D, "2025-10-26 23:59", Settings!A:C)',
  run([messages, asOf, settings], ctx) {
    return computeWith(ctx, settings, (inputs) => {
      const rows = inputs.messages(messages);
      const until = inputs.asOf(
        asOf,
        rows.flatMap((message) => [message.receivedTime, message.firstReplyTime]),
        'messages',
      );
      const { meanHours } = responseHours(rows, inputs.window(until), until);
      return meanHours ?? inputs.noDataInWindow('fn.noData.messages', until);
    });
  },
};
