/**
 * Every tab the add-on reads: its English and Korean names and, for each column, a canonical
 * key, the header "Set up sheets" writes (EN/KO) and the other names accepted from real
 * exports (English variants, the Korean seller centre, the Chinese AliExpress exports).
 */
import type { Lang } from '../text/language';

export interface ColumnSpec<K extends string = string> {
  readonly key: K;
  readonly en: string;
  readonly ko: string;
  readonly aliases: readonly string[];
  /** False for columns accepted from exports but not written by "Set up sheets". */
  readonly setup: boolean;
}

export type FormId = 'main' | 'wide' | 'long';

export interface TabForm<K extends string = string> {
  readonly id: FormId;
  readonly columns: readonly ColumnSpec<K>[];
  /** Each group is one requirement, met by any one of its columns. */
  readonly required: readonly (readonly K[])[];
}

export interface TabSpec<K extends string = string> {
  readonly en: string;
  readonly ko: string;
  /** The layouts the tab may have; the first is the one "Set up sheets" writes. */
  readonly forms: readonly [TabForm<K>, ...TabForm<K>[]];
}

const col = <K extends string>(
  key: K,
  en: string,
  ko: string,
  aliases: string[] = [],
): ColumnSpec<K> => ({ key, en, ko, aliases, setup: true });

/** A column read when an export has it, but not part of the tab "Set up sheets" creates. */
const exportOnly = <K extends string>(
  key: K,
  en: string,
  ko: string,
  aliases: string[] = [],
): ColumnSpec<K> => ({ key, en, ko, aliases, setup: false });

const form = <K extends string>(
  id: FormId,
  columns: ColumnSpec<K>[],
  required: NoInfer<K>[][],
): TabForm<K> => ({ id, columns, required });

const ORDER_ID = ['Order No.', 'Order Number', '주문번호', '订单号', '订单编号'];

export const TAB_SPECS = {
  ledger: {
    en: 'Ledger',
    ko: '원장',
    forms: [
      form(
        'main',
        [
          col('date', 'Date', '날짜', ['日期']),
          col('type', 'Type', '유형', ['类型']),
          col('amount', 'Amount', '금액', ['金额']),
          col('currency', 'Currency', '통화', ['币种']),
          col('sku', 'SKU', 'SKU'),
          col('orderId', 'Order ID', '주문 ID', ORDER_ID),
          col('memo', 'Memo', '메모', ['Note', '备注']),
          col('sourceKey', 'Source Key', '소스 키'),
        ],
        [['date'], ['type'], ['amount']],
      ),
    ],
  },
  orders: {
    en: 'Orders',
    ko: '주문',
    forms: [
      form(
        'main',
        [
          col('orderId', 'Order ID', '주문 ID', ORDER_ID),
          col('status', 'Order Status', '주문 상태', ['Status', '상태', '订单状态']),
          col('buyer', 'Buyer', '구매자 이름', ['Buyer Name', '구매자', '买家名称', '买家']),
          col('orderTime', 'Order Time', '주문 시간', [
            'Order Date',
            'Created Time',
            '주문 일시',
            '下单时间',
          ]),
          col('payTime', 'Pay Time', '결제 시간', [
            'Payment Time',
            'Paid Time',
            'Payment Date',
            '결제 일시',
            '付款时间',
            '支付时间',
          ]),
          col('productAmount', 'Product Amount', '상품 금액', [
            'Product Total',
            'Product Total Amount',
            '제품 총액',
            '产品总金额',
            '商品总金额',
          ]),
          col('shippingFee', 'Shipping Fee', '배송비', [
            'Shipping Cost',
            'Logistics Fee',
            '物流费用',
            '运费',
          ]),
          col('orderAmount', 'Order Amount', '주문 금액', ['Order Total', '주문 총액', '订单金额']),
          col('storeDiscount', 'Store Discount', '스토어 할인', [
            'Store Promotion',
            'Seller Discount',
            '满立减',
            '店铺优惠',
          ]),
          col('productInfo', 'Product Info', '제품 정보', [
            'Product Information',
            'Product Details',
            '상품 정보',
            '产品信息',
            '商品信息',
          ]),
          col('productCode', 'Product Code', '제품 코드', [
            'SKU',
            'SKU Code',
            '상품 코드',
            'SKU 코드',
            '商品编码',
            '产品编码',
          ]),
          col('quantity', 'Quantity', '수량', ['Qty', '数量', '产品数量', '商品数量']),
          col('country', 'Country', '배송 국가', [
            'Ship-to Country',
            'Shipping Country',
            'Destination Country',
            '국가',
            '收货国家',
          ]),
          col('shipBy', 'Ship-by Deadline', '발송 기한', [
            'Ship By',
            'Shipping Deadline',
            '发货期限',
          ]),
          col('shippedTime', 'Shipped Time', '발송 시간', [
            'Ship Time',
            'Shipping Time',
            '발송 일시',
            '发货时间',
          ]),
          col('trackingNo', 'Tracking No.', '운송장 번호', [
            'Tracking Number',
            '송장 번호',
            '实际发货物流:运单号',
            '实际发货单号',
            '运单号',
          ]),
          col('deliveredTime', 'Delivered Time', '수령 확인 시간', [
            'Confirm Time',
            'Confirmed Receipt Time',
            'Delivery Time',
            '배송 완료 시간',
            '确认收货时间',
          ]),
          exportOnly('staff', 'Staff', '담당자', ['负责人(业务员)', '负责人']),
        ],
        [['orderId'], ['orderAmount', 'productAmount'], ['payTime', 'orderTime']],
      ),
    ],
  },
  disputes: {
    en: 'Disputes',
    ko: '분쟁',
    forms: [
      form(
        'main',
        [
          col('disputeId', 'Dispute ID', '분쟁 ID', ['Case ID', '纠纷ID', '纠纷单号', '售后单号']),
          col('orderId', 'Order ID', '주문 ID', ORDER_ID),
          col('openedTime', 'Opened Time', '분쟁 시작 시간', [
            'Open Time',
            'Opened',
            'Dispute Time',
            '纠纷开始时间',
            '纠纷发起时间',
            '申请时间',
          ]),
          col('reason', 'Reason', '분쟁 사유', [
            'Dispute Reason',
            'Return Reason',
            '사유',
            '纠纷原因',
            '退款原因',
            '售后原因',
          ]),
          col('status', 'Status', '분쟁 상태', ['Dispute Status', '상태', '纠纷状态']),
          col('refundAmount', 'Refund Amount', '환불 금액', ['Refund', '환불액', '退款金额']),
          col('closedTime', 'Closed Time', '종료 시간', [
            'Close Time',
            'Closed',
            'End Time',
            '纠纷结束时间',
            '结束时间',
          ]),
        ],
        [['orderId'], ['openedTime']],
      ),
    ],
  },
  traffic: {
    en: 'Traffic',
    ko: '유입',
    forms: [
      form(
        'main',
        [
          col('period', 'Period', '기간', [
            'Date',
            'Date Range',
            '날짜',
            '日期',
            '统计日期',
            '统计时间',
          ]),
          col('productId', 'Product ID', '상품 ID', ['SKU', 'Item ID', '商品ID', '产品ID']),
          col('impressions', 'Impressions', '노출수', [
            'Search Impressions',
            '검색 노출수',
            '搜索曝光量',
            '曝光量',
          ]),
          col('visitors', 'Visitors', '방문자수', [
            'Product Visitors',
            'Product Page Visitors',
            '상품 방문자수',
            '商品页访客数',
            '访客数',
          ]),
          col('addToCartBuyers', 'Add-to-Cart Buyers', '장바구니 구매자수', [
            '加购物车人数',
            '加购人数',
          ]),
          col('orderingBuyers', 'Ordering Buyers', '주문 구매자수', ['Order Buyers', '下单买家数']),
          col('payingBuyers', 'Paying Buyers', '결제 구매자수', [
            'Paid Buyers',
            'Payment Buyers',
            '支付买家数',
          ]),
          exportOnly('clickRate', 'Click-through Rate', '클릭률', ['CTR', '搜索点击率', '点击率']),
          exportOnly('addToCartRate', 'Add-to-Cart Rate', '장바구니 전환율', ['加购率']),
          exportOnly('orderRate', 'Order Conversion Rate', '주문 전환율', ['下单转化率']),
          exportOnly('payRate', 'Payment Conversion Rate', '결제 전환율', ['支付转化率']),
          exportOnly('paymentAmount', 'Payment Amount', '결제 금액', ['支付金额']),
          exportOnly('refundAmount', 'Refund Amount', '환불 금액', ['退款金额']),
        ],
        [['period'], ['impressions', 'visitors']],
      ),
    ],
  },
  ads: {
    en: 'Ads',
    ko: '광고',
    forms: [
      form(
        'main',
        [
          col('date', 'Date', '날짜', ['日期']),
          col('campaign', 'Campaign', '캠페인', [
            'Campaign Name',
            'Keyword',
            'Campaign / Keyword',
            '키워드',
            '推广计划',
            '关键词',
          ]),
          col('sku', 'SKU', 'SKU', ['Product ID', '상품 ID', '商品ID']),
          col('impressions', 'Impressions', '노출수', ['曝光量']),
          col('clicks', 'Clicks', '클릭수', ['点击量']),
          col('spend', 'Spend', '광고비', ['Cost', 'Ad Spend', '花费', '消耗']),
          col('orders', 'Orders', '주문수', ['Ad Orders', '订单数']),
          col('revenue', 'Ad Revenue', '광고 매출', ['Revenue', 'Sales', '销售额', '成交金额']),
        ],
        [['date'], ['spend']],
      ),
    ],
  },
  reviews: {
    en: 'Reviews',
    ko: '리뷰',
    forms: [
      form(
        'main',
        [
          col('date', 'Date', '날짜', ['Review Date', 'Review Time', '리뷰 날짜', '评价时间']),
          col('orderId', 'Order ID', '주문 ID', ORDER_ID),
          col('sku', 'SKU', 'SKU', ['Product ID', '상품 ID', '商品ID']),
          col('stars', 'Stars', '별점', ['Rating', 'Star Rating', '평점', '评分', '星级']),
          col('hasPhoto', 'Has Photo', '사진 여부', [
            'Photo',
            'With Photo',
            '사진',
            '是否有图',
            '有图',
          ]),
          col('text', 'Text', '내용', [
            'Review',
            'Review Text',
            'Comment',
            '리뷰 내용',
            '评价内容',
          ]),
          col('repliedTime', 'Replied Time', '답변 시간', ['Reply Time', '답변 일시', '回复时间']),
        ],
        [['date'], ['stars']],
      ),
    ],
  },
  messages: {
    en: 'Messages',
    ko: '메시지',
    forms: [
      form(
        'main',
        [
          col('receivedTime', 'Received Time', '수신 시간', [
            'Received',
            'Message Time',
            '수신 일시',
            '接收时间',
            '消息时间',
          ]),
          col('firstReplyTime', 'First Reply Time', '첫 답변 시간', [
            'Reply Time',
            'First Response Time',
            '답변 시간',
            '首次回复时间',
          ]),
          col('buyer', 'Buyer', '구매자', ['Buyer Name', '구매자 이름', '买家', '买家名称']),
          col('orderId', 'Order ID', '주문 ID', ORDER_ID),
        ],
        [['receivedTime']],
      ),
    ],
  },
  settlement: {
    en: 'Settlement',
    ko: '정산',
    forms: [
      form(
        'wide',
        [
          col('orderId', 'Order ID', '주문 ID', ORDER_ID),
          col('date', 'Date', '날짜', ['Settlement Date', '정산일']),
          col('commission', 'Commission Fee', '수수료', ['Commission', 'Transaction Fee', '佣金']),
          col('affiliateFee', 'Affiliate Fee', '제휴 수수료', ['Affiliate Commission', '联盟佣金']),
          col('refund', 'Refund', '환불', ['Refund Amount', '退款']),
          col('payout', 'Payout Amount', '정산 금액', ['Payout', 'Settlement Amount', '放款金额']),
          col('currency', 'Currency', '통화', ['币种']),
        ],
        [['orderId'], ['date']],
      ),
      // The fund flow (收支流水) and the managed-store detail (托管收支明细): one money
      // movement a row. The managed detail names its currency in the amount header.
      form(
        'long',
        [
          col('settledTime', 'Settlement Time', '정산 시간', ['结算时间']),
          col('flowType', 'Flow Type', '수지 유형', ['Income/Expense Type', '收支类型']),
          col('feeItem', 'Fee Item', '비용 항목', ['Item', '费用项']),
          col('productName', 'Product Description', '상품 설명', [
            'Product Name',
            '상품명',
            '商品描述',
            '商品名称',
          ]),
          col('productId', 'Product ID', '상품 ID', ['商品ID']),
          col('skuId', 'SKU ID', 'SKU ID'),
          col('skuCode', 'SKU Code', 'SKU 코드', ['Sku编码', '商品编号']),
          col('skuInfo', 'SKU Info', 'SKU 정보', ['Product Info', '商品信息', 'SKU 描述']),
          col('amount', 'Amount', '변동 금액', ['Change Amount', '금액', '变动金额']),
          col('amountCny', 'Amount (CNY)', '금액(CNY)', ['金额(CNY)']),
          col('currency', 'Currency', '통화', ['币种']),
          col('orderId', 'Order ID', '주문 ID', ORDER_ID),
          col('businessNo', 'Business No.', '업무 번호', ['业务单号']),
          col('flowNo', 'Platform Flow No.', '플랫폼 거래 번호', ['平台流水单号']),
          col('memo', 'Remark', '비고', ['Memo', 'Note', '메모', '备注']),
        ],
        [['settledTime'], ['feeItem'], ['amount', 'amountCny']],
      ),
    ],
  },
  sku: {
    en: 'SKU',
    ko: '상품',
    forms: [
      form(
        'main',
        [
          col('sku', 'SKU', 'SKU', [
            'SKU Code',
            'Product Code',
            '상품 코드',
            '商品编码',
            'Sku编码',
          ]),
          col('title', 'Title', '상품명', ['Product Name', 'Product Title', '제품명', '商品名称']),
          col('unitCost', 'Unit Cost', '원가', [
            'Cost',
            'COGS',
            'Purchase Price',
            '成本',
            '采购价',
          ]),
          col('currency', 'Currency', '통화', ['币种']),
          col('stock', 'Stock', '재고', ['Inventory', '库存']),
          col('price', 'Price', '판매가', ['Sale Price', 'Selling Price', '售价', '价格']),
          col('keyword', 'Primary Keyword', '대표 키워드', [
            'Keyword',
            'Main Keyword',
            '키워드',
            '关键词',
          ]),
          // Business Advisor counts traffic per product id: this links a SKU to its traffic.
          col('productId', 'Product ID', '상품 ID', ['Item ID', '제품 ID', '商品ID', '产品ID']),
        ],
        [['sku']],
      ),
    ],
  },
  // The key–value rows are read by settings.ts; this is the FX table below them.
  settings: {
    en: 'Settings',
    ko: '설정',
    forms: [
      form(
        'main',
        [
          col('currency', 'Currency', '통화', ['币种']),
          col('rate', 'Rate', '환율', ['FX Rate', 'Exchange Rate', '汇率']),
          col('from', 'Date', '날짜', ['From', 'Valid From', '적용일', '日期']),
        ],
        [['currency'], ['rate']],
      ),
    ],
  },
} satisfies Record<string, TabSpec>;

export type TabId = keyof typeof TAB_SPECS;

/** The canonical column keys of one tab, over all its forms. */
export type ColumnKey<T extends TabId> =
  (typeof TAB_SPECS)[T]['forms'][number]['columns'][number]['key'];

export const TAB_IDS = Object.keys(TAB_SPECS) as TabId[];

export function tabSpec<T extends TabId>(tabId: T): TabSpec<ColumnKey<T>> {
  return TAB_SPECS[tabId] as TabSpec<ColumnKey<T>>;
}

/** A column's (or setting's) name in `lang`. */
export function columnName(column: { en: string; ko: string }, lang: Lang): string {
  return lang === 'ko' ? column.ko : column.en;
}

/** Every name a column is recognised by: its English and Korean headers, then the aliases. */
export function columnAliases(column: ColumnSpec): string[] {
  return [...new Set([column.en, column.ko, ...column.aliases])];
}

/** The header row "Set up sheets" writes for a tab (its first form). */
export function setupHeaders(tabId: TabId, lang: Lang): string[] {
  return tabSpec(tabId)
    .forms[0].columns.filter((column) => column.setup)
    .map((column) => columnName(column, lang));
}
