/** FUNNEL: the KPI window's traffic funnel with its drops and the advice for the weakest stage. */
import { funnel, noWeakStepText } from '../metrics/funnel';
import { t } from '../text/messages';
import { computeWith } from './functionInputs';
import { AS_OF_PARAM, rangeParam, SETTINGS_PARAM } from './params';
import type { CustomFunctionSpec } from './spec';
import { labels, spill } from './table';

export const FUNNEL: CustomFunctionSpec = {
  name: 'FUNNEL',
  summary: {
    en: 'The traffic funnel of the KPI window: impressions → visitors → add-to-cart → ordering → paying buyers, with each step’s conversion and drop, and what to fix first.',
    ko: 'KPI 기간의 유입 퍼널: 노출 → 방문 → 장바구니 → 주문 → 결제 단계별 전환율과 이탈률, 먼저 고칠 점을 보여 줍니다.',
  },
  params: [rangeParam('traffic', 'G'), AS_OF_PARAM, SETTINGS_PARAM],
  returns: {
    en: 'A table: step, count, conversion, drop, then an advice row; or NO DATA without Traffic rows in the window.',
    ko: '단계·수·전환율·이탈률 표와 조언 한 줄, 기간 중 유입 데이터가 없으면 NO DATA.',
  },
  example: '=FUNNEL(Traffic!A:G, , Settings!A:C)',
  run([traffic, asOf, settings], ctx) {
    return computeWith(ctx, settings, (inputs) => {
      const rows = inputs.traffic(traffic);
      const until = inputs.asOf(
        asOf,
        rows.map((row) => row.end),
        'traffic',
      );
      const result = funnel(rows, inputs.window(until), inputs.settings);
      if (result.steps.every((step) => step.count === null)) {
        inputs.noDataInWindow('fn.noData.traffic', until);
      }
      const { lang } = inputs;
      return spill(labels(lang, ['col.step', 'col.count', 'col.conversion', 'col.drop']), [
        ...result.steps.map((step) => [
          t(`funnel.step.${step.id}`, lang),
          step.count,
          step.conversion,
          step.drop,
        ]),
        [t('col.advice', lang), result.advice?.[lang] ?? noWeakStepText(result, lang)],
      ]);
    });
  },
};
