/**
 * The sidebar's fixed words (buttons, headings, checklist items, status words, notices, column
 * names), in Korean and English. They live beside the add-on's catalogue (messages.ts) but apart
 * from it: only the sidebar shows them, so the sidebar's own script (dist/Sidebar.html) carries
 * them and dist/Code.js does not. Words that depend on the data (the day, the KPI window) come
 * with the model (sidebarModel.ts). `{name}` placeholders are filled in here or by the sidebar.
 */
import type { KpiId } from '../metrics/kpis';
import type { KpiStatus } from '../metrics/kpiStatus';
import type { ChecklistItemName } from '../views/checklist';
import type { UpdateStatus } from '../views/updateState';
import type { SectionId } from '../views/sections';
import type { ShownSidebarModel, SidebarModel, UrgentLine } from '../views/sidebarModel';
import type { UrgentId } from '../views/urgentActions';
import type { Lang } from './language';
import { replyMacros } from './replyMacros';

type InBoth = Readonly<Record<Lang, string>>;

const WORDS = {
  missingTabs: {
    ko: '없는 탭: {tabs}. 내보내기를 붙여 넣으면 관련 항목이 채워집니다.',
    en: 'Missing tabs: {tabs}. Paste those exports to fill in the related items.',
  },
  setupNeeded: {
    ko: '주문 탭과 원장 탭이 아직 없습니다. "시트 준비하기"를 누르면 필요한 탭을 만들어 드립니다. 그다음 주문 내보내기를 주문 탭에 붙여 넣어 주세요.',
    en: 'There is no Orders or Ledger tab yet. Press "Set up sheets" to create the tabs, then paste your order export into the Orders tab.',
  },
  updating: {
    ko: '주간 업데이트 중입니다. 1분 정도 걸릴 수 있어요…',
    en: 'Running the weekly update. This can take a minute…',
  },
  settingUp: { ko: '탭을 만드는 중입니다…', en: 'Creating the tabs…' },
  callFailed: { ko: '처리하지 못했습니다: {reason}', en: 'That did not work: {reason}' },
  progress: { ko: '{done}/{total} 완료', en: '{done} of {total} done' },
  autoDone: { ko: '데이터상 완료', en: 'Done, says the data' },
  funnelWeakest: { ko: '가장 약한 단계', en: 'Weakest step' },
  copyKo: { ko: '한국어 복사', en: 'Copy Korean' },
  copyEn: { ko: '영어 복사', en: 'Copy English' },
  copied: { ko: '복사했습니다.', en: 'Copied.' },
  selected: {
    ko: '글을 선택해 두었습니다. Ctrl+C(맥은 ⌘+C)로 복사해 주세요.',
    en: 'The text is selected: press Ctrl+C (⌘+C on a Mac) to copy it.',
  },
  journalLabel: {
    ko: '오늘 무엇이 바뀌었고 왜 그런지 한 줄로 적어 보세요.',
    en: 'What changed today, and why? One line.',
  },
  journalSave: { ko: '일지에 저장', en: 'Save to journal' },
  urgentHeading: { ko: '지금 할 일', en: 'Do now' },
  nothingUrgent: {
    ko: '급한 일은 없습니다. 아래 루틴을 차례로 확인해 보세요.',
    en: 'Nothing urgent. Work through the routine below.',
  },
  showList: { ko: '보기', en: 'Show' },
  more: { ko: '외 {count}건', en: 'and {count} more' },
  followUpsNone: { ko: '오늘 보낼 리뷰 메시지가 없습니다.', en: 'No review follow-ups today.' },
  reviewsNone: { ko: '최근 리뷰가 없습니다.', en: 'No recent reviews.' },
  reviewsWordsHeading: { ko: '낮은 별점 리뷰에 자주 나온 말', en: 'Words unhappy buyers repeat' },
  keywordsNone: { ko: '최근 광고 데이터가 없습니다.', en: 'No recent ad data.' },
  productFunnelHeading: { ko: '상품별 퍼널', en: 'Funnel per product' },
  /** Said of a product whose click rate is under the benchmark. */
  weakClick: { ko: '클릭 기준 미달', en: 'few clicks' },
} as const satisfies Record<string, InBoth>;

/** The checklists' items, by name. */
const ITEMS: Record<ChecklistItemName, InBoth> = {
  alerts: { ko: '경고 확인하기', en: 'Clear the alerts' },
  shipBy: { ko: '기한 임박 주문 발송하기', en: 'Ship the orders near their deadline' },
  messages: { ko: '답하지 않은 메시지에 답하기', en: 'Answer the waiting messages' },
  replies: { ko: '매크로 5종으로 1차 답장하기', en: 'Send first replies with the 5 macros' },
  funnel: { ko: '퍼널 이탈 단계 확인하기', en: 'Check where the funnel drops' },
  thumbnail: { ko: '썸네일 1개 고치기', en: 'Improve one thumbnail' },
  title: { ko: '상품 제목 1개 고치기', en: 'Improve one title' },
  keywords: { ko: '광고 키워드 조정하기', en: 'Tune the ad keywords' },
  weeklyUpdate: { ko: '주간 업데이트 실행하기', en: 'Run the weekly update' },
  disputes: { ko: '분쟁 원인 상위 2개 개선하기', en: 'Fix the top two dispute causes' },
  response: { ko: '응답 시간 점검하기', en: 'Check the response time' },
  conversion: { ko: '전환율 점검하기', en: 'Check the conversion' },
  skuCleanup: { ko: 'C등급 SKU 정리하기', en: 'Clean up the class C SKUs' },
  fx: { ko: '환율 변동을 가격에 반영하기', en: 'Reprice after FX moves' },
};

/** The first screen's urgent lines; English says 1 order, 2 orders. */
const URGENT: Record<UrgentId, { ko: string; en: { one: string; other: string } }> = {
  overdue: {
    ko: '발송 기한이 지난 주문 {count}건',
    en: {
      one: '1 order past its ship-by deadline',
      other: '{count} orders past their ship-by deadline',
    },
  },
  shipSoon: {
    ko: '24시간 안에 발송할 주문 {count}건',
    en: { one: '1 order to ship within 24 hours', other: '{count} orders to ship within 24 hours' },
  },
  messages: {
    ko: '{hours}시간 넘게 답하지 않은 메시지 {count}건',
    en: {
      one: '1 message waiting over {hours} hours for a reply',
      other: '{count} messages waiting over {hours} hours for a reply',
    },
  },
  negativeReviews: {
    ko: '답하지 않은 낮은 별점 리뷰 {count}건',
    en: {
      one: '1 negative review without a reply',
      other: '{count} negative reviews without a reply',
    },
  },
  lowStock: {
    ko: '{days}일 안에 재고가 떨어질 SKU {count}개',
    en: {
      one: '1 SKU runs out within {days} days',
      other: '{count} SKUs run out within {days} days',
    },
  },
  disputes: {
    ko: '답변을 기다리는 분쟁 {count}건',
    en: {
      one: '1 dispute waiting for your answer',
      other: '{count} disputes waiting for your answer',
    },
  },
};

/** A KPI's status in words, on its light and its card. */
const STATUSES: Record<KpiStatus, InBoth> = {
  OK: { ko: '좋음', en: 'Good' },
  WARN: { ko: '주의', en: 'Watch' },
  BAD: { ko: '나쁨', en: 'Act now' },
  'NO DATA': { ko: '데이터 없음', en: 'No data' },
};

/** The weekly update's state, on the first screen's last line; `{date}` is when. */
const UPDATES: Record<UpdateStatus, InBoth> = {
  ok: { ko: '주간 업데이트 완료: {date}', en: 'Weekly update done: {date}' },
  due: {
    ko: '주간 업데이트를 할 때입니다 (지난번: {date})',
    en: 'Weekly update due (last: {date})',
  },
  never: { ko: '아직 주간 업데이트를 하지 않았습니다', en: 'No weekly update has run yet' },
  failed: {
    ko: '지난 주간 업데이트가 끝나지 못했습니다 ({date})',
    en: 'Last weekly update stopped ({date})',
  },
};

/** The first screen's KPI lights: names short enough for half of a 300 px sidebar. */
const LIGHTS: Record<KpiId, InBoth> = {
  marginRate: { ko: '마진율', en: 'Margin rate' },
  disputeRate: { ko: '분쟁률', en: 'Dispute rate' },
  responseHours: { ko: '응답 시간', en: 'Response time' },
  rating: { ko: '평점', en: 'Rating' },
  earlyDefectRate: { ko: '초기 불량률', en: 'Early defects' },
  wrongShipmentRate: { ko: '오배송률', en: 'Wrong items' },
  repurchaseRate: { ko: '재구매율', en: 'Repurchase' },
  conversion: { ko: '전환율', en: 'Conversion' },
};

const SECTIONS: Record<SectionId, InBoth> = {
  morning: { ko: '오전 루틴', en: 'Morning routine' },
  afternoon: { ko: '오후 루틴', en: 'Afternoon routine' },
  weekly: { ko: '주간 점검', en: 'Weekly check' },
  kpis: { ko: '핵심 지표 자세히', en: 'Key numbers in detail' },
  followUps: { ko: '오늘 보낼 리뷰 메시지', en: 'Review follow-ups for today' },
  reviews: { ko: '리뷰 한눈에 보기', en: 'Reviews at a glance' },
  keywords: { ko: '광고 키워드', en: 'Ad keywords' },
  disputes: { ko: '진행 중인 분쟁', en: 'Open disputes' },
  funnel: { ko: '구매 퍼널', en: 'Shopping funnel' },
  macros: { ko: '답장 매크로', en: 'Reply macros' },
  journal: { ko: '오늘의 한 줄', en: 'Today in one line' },
};

const KEYWORD_COLUMNS = {
  campaign: { ko: '키워드', en: 'Keyword' },
  impressions: { ko: '노출', en: 'Impr.' },
  ctr: { ko: '클릭률', en: 'CTR' },
  cpc: { ko: '클릭당 비용', en: 'CPC' },
  roas: { ko: 'ROAS', en: 'ROAS' },
  breakEven: { ko: '손익분기 ROAS', en: 'Break-even ROAS' },
  action: { ko: '할 일', en: 'Action' },
} as const satisfies Record<string, InBoth>;

/** Every label in both languages, by where it is used: for the tests of the words. */
export const SIDEBAR_LABELS = {
  URGENT,
  WORDS,
  ITEMS,
  STATUSES,
  UPDATES,
  LIGHTS,
  SECTIONS,
  KEYWORD_COLUMNS,
};

export type SidebarLabels = Record<keyof typeof WORDS, string> & {
  items: Record<ChecklistItemName, string>;
  statuses: Record<KpiStatus, string>;
  lights: Record<KpiId, string>;
  sections: Record<SectionId, string>;
  keywordColumns: Record<keyof typeof KEYWORD_COLUMNS, string>;
};

function inLang<K extends string>(texts: Record<K, InBoth>, lang: Lang): Record<K, string> {
  const entries = Object.entries<InBoth>(texts).map(([key, text]) => [key, text[lang]]);
  return Object.fromEntries(entries) as Record<K, string>;
}

/** @example sidebarLabels('ko').copyKo // '한국어 복사' */
export function sidebarLabels(lang: Lang): SidebarLabels {
  return {
    ...inLang(WORDS, lang),
    items: inLang(ITEMS, lang),
    statuses: inLang(STATUSES, lang),
    lights: inLang(LIGHTS, lang),
    sections: inLang(SECTIONS, lang),
    keywordColumns: inLang(KEYWORD_COLUMNS, lang),
  };
}

/**
 * Fills `{name}` placeholders of a label; one without a value stays as written.
 * @example fill('외 {count}건', { count: 3 }) // '외 3건'
 */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}

function urgentText({ id, count }: UrgentLine, { lang, limits }: SidebarModel): string {
  const { ko, en } = URGENT[id];
  return fill(lang === 'ko' ? ko : count === 1 ? en.one : en.other, { count, ...limits });
}

/** What is missing, one sentence each: without an Orders or a Ledger tab, setting up. */
function notices({ setupNeeded, missingTabs }: SidebarModel, labels: SidebarLabels): string[] {
  if (setupNeeded) return [labels.setupNeeded];
  if (missingTabs.length === 0) return [];
  return [fill(labels.missingTabs, { tabs: missingTabs.join(', ') })];
}

/** The model as the sidebar shows it: its own words and reply macros joined to the model. */
export function withLabels(model: SidebarModel): ShownSidebarModel {
  const { lang, update } = model;
  const labels = sidebarLabels(lang);
  const text = fill(UPDATES[update.status][lang], { date: update.date });
  return {
    ...model,
    text: { ...labels, ...model.text },
    macros: replyMacros(lang),
    update: { ...update, text },
    urgent: model.urgent.map((line) => ({ ...line, text: urgentText(line, model) })),
    notices: notices(model, labels),
  };
}
