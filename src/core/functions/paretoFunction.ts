/** PARETO_CLASS: the SKU Margin tab's A/B/C classes, from the Ledger range. */
import { t } from '../text/messages';
import { paretoClass } from '../metrics/pareto';
import { NO_SKU, skuMargin } from '../metrics/skuMargin';
import { computeWith, isOmitted } from './functionInputs';
import { LEDGER_PARAM, rangeParam, SETTINGS_PARAM } from './params';
import type { CustomFunctionSpec } from './spec';
import { labels, spill } from './table';

export const PARETO_CLASS: CustomFunctionSpec = {
  name: 'PARETO_CLASS',
  summary: {
    en: 'Pareto classes of SKUs by real margin: A = top 20%, C = bottom 20% or a negative margin, B = the rest.',
    ko: '실질 마진 기준 SKU 등급: A = 상위 20%, C = 하위 20% 또는 마이너스 마진, B = 나머지.',
  },
  params: [LEDGER_PARAM, rangeParam('sku', 'G', { optional: true, name: 'skus' }), SETTINGS_PARAM],
  returns: {
    en: 'A table: SKU, real margin, class (best first); a SKU without ledger rows counts 0.',
    ko: 'SKU·실질 마진·등급 표(좋은 순). 상품 범위에만 있는 SKU는 0으로 셉니다.',
  },
  example: '=PARETO_CLASS(Ledger!A:H, SKU!A:G, Settings!A:C)',
  run([ledger, skus, settings], ctx) {
    return computeWith(ctx, settings, (inputs) => {
      const rows = skuMargin(inputs.ledger(ledger), isOmitted(skus) ? [] : inputs.skus(skus));
      const { lang } = inputs;
      // The shop-wide row (no SKU) comes last and is never ranked (docs/rules.md §4).
      const shopWide = rows.filter((row) => row.sku === NO_SKU);
      return spill(labels(lang, ['col.sku', 'col.realMargin', 'col.pareto']), [
        ...paretoClass(rows.filter((row) => row.sku !== NO_SKU)).map((row) => [
          row.sku,
          row.realMargin,
          row.class,
        ]),
        ...shopWide.map((row) => [t('label.noSku', lang), row.realMargin, '']),
      ]);
    });
  },
};
