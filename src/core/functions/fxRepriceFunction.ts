/** FX_REPRICE: which currencies moved enough since prices were set to revisit the prices. */
import { fxReprice } from '../metrics/fxReprice';
import { computeWith } from './functionInputs';
import { AS_OF_PARAM } from './params';
import type { CustomFunctionSpec } from './spec';
import { labels, spill } from './table';
import { t } from '../text/messages';

export const FX_REPRICE: CustomFunctionSpec = {
  name: 'FX_REPRICE',
  summary: {
    en: 'FX reprice check: each currency’s rate now against the rate when prices were set (the first in the FX table); alert at the Settings threshold (3%).',
    ko: '환율 재조정 점검: 통화별 현재 환율을 가격을 정할 때(환율 표의 첫 환율)와 비교해, 설정 기준(3%) 이상 움직이면 알립니다.',
  },
  params: [
    {
      name: 'settings',
      type: 'A1:C',
      description: {
        en: 'The Settings range with its FX table (Currency | Rate | Date), e.g. Settings!A:C.',
        ko: '환율 표(통화 | 환율 | 날짜)가 있는 설정 범위(예: 설정!A:C).',
      },
    },
    {
      ...AS_OF_PARAM,
      description: {
        en: 'Optional: the day to take the rate now on; default: the newest date in the FX table.',
        ko: '선택: 현재 환율로 볼 날짜. 비워 두면 환율 표의 가장 최근 날짜.',
      },
    },
  ],
  returns: {
    en: 'A table: currency, rate when priced, rate now, change, alert.',
    ko: '통화·가격 설정 때 환율·현재 환율·변동·알림 표.',
  },
  example: '=FX_REPRICE(Settings!A:C)',
  run([settings, asOf], ctx) {
    return computeWith(ctx, settings, (inputs) => {
      if (inputs.fxRates.length === 0) inputs.answer('fn.noData.fxRates');
      const until = inputs.asOf(
        asOf,
        inputs.fxRates.map((rate) => rate.from),
        'settings',
      );
      const { lang } = inputs;
      return spill(
        labels(lang, ['col.currency', 'col.rateThen', 'col.rateNow', 'col.change', 'col.alert']),
        fxReprice(inputs.fxRates, until, inputs.settings.fxRepriceThreshold).map((row) => [
          row.currency,
          row.rateThen,
          row.rateNow,
          row.change,
          row.alert ? t('alert.reprice', lang) : '',
        ]),
      );
    });
  },
};
