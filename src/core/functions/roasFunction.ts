/** ROAS: ad revenue ÷ ad spend over the KPI window, for every campaign or one. */
import { adMetrics } from '../metrics/adMetrics';
import { clipText, isBlank } from '../read/cell';
import { SHOWN_VALUE_CHARS } from '../text/problemText';
import { computeWith } from './functionInputs';
import { AS_OF_PARAM, rangeParam, SETTINGS_PARAM } from './params';
import type { CustomFunctionSpec } from './spec';

export const ROAS: CustomFunctionSpec = {
  name: 'ROAS',
  summary: {
    en: 'Return on ad spend over the KPI window: ad revenue ÷ ad spend, for all campaigns or one.',
    ko: 'KPI 기간의 광고 수익률(ROAS): 광고 매출 ÷ 광고비. 전체 또는 캠페인 하나.',
  },
  params: [
    rangeParam('ads', 'H'),
    {
      name: 'campaign',
      type: 'text',
      optional: true,
      description: {
        en: 'Optional: one campaign or keyword, as the Ads range writes it; default: all.',
        ko: '선택: 광고 범위에 적힌 캠페인(키워드) 하나. 비워 두면 전체.',
      },
    },
    AS_OF_PARAM,
    SETTINGS_PARAM,
  ],
  returns: {
    en: 'ROAS (3 = 3 in revenue per 1 spent), or NO DATA without spend and revenue in the window.',
    ko: 'ROAS(3이면 광고비 1당 매출 3), 기간 중 광고비와 매출이 없으면 NO DATA.',
  },
  example: '=ROAS(Ads!A:H, "korean sunscreen", , Settings!A:C)',
  run([ads, campaign, asOf, settings], ctx) {
    return computeWith(ctx, settings, (inputs) => {
      const rows = inputs.ads(ads);
      const until = inputs.asOf(
        asOf,
        rows.map((row) => row.date),
        'ads',
      );
      const metrics = adMetrics(rows, inputs.window(until), ctx.timeZone);
      const name = String(inputs.scalar(campaign, 'fn.arg.campaign')).trim();
      if (isBlank(name)) {
        return metrics.totals.roas ?? inputs.noDataInWindow('fn.noData.adSpend', until);
      }
      const keyword = metrics.keywords.find((row) => row.campaign === name);
      if (keyword === undefined) {
        // Quoted as a Problem quotes a value: a pasted page must not make an answer too long for a cell.
        const campaign = clipText(name, SHOWN_VALUE_CHARS);
        return inputs.noDataInWindow('fn.noData.campaign', until, { campaign });
      }
      return keyword.roas ?? inputs.noDataInWindow('fn.noData.adSpend', until);
    });
  },
};
