/**
 * The anomalies planted in the demo on purpose, for tests of later features to rely on. The
 * planted orders, disputes and settlement rows hold for every seed and scale (fixed ids, which
 * random ids avoid). The statistical ones (low stock, funnel, campaigns, rates) come from the
 * generator's parameters and were checked for seeds 1–16 at scale 1.
 */
export const DEMO_FACTS = {
  workbookName: '셀러 루틴 데모',
  /** The day of the latest order; the demo is "exported" at its last second (23:59:59). */
  asOfDate: '2025-10-26',
  /**
   * The preview's clock: the Monday morning after the export, when a seller opens the sidebar
   * (docs/rules.md §5: the preview runs at a fixed "now" so it stays reproducible).
   */
  now: '2025-10-27T09:00:00+09:00',
  latestOrderId: '3064471180925563',
  latestOrderTime: '2025-10-26 23:59',
  /** Each appears on exactly two identical rows of 주문 (a re-pasted export); no other id repeats. */
  duplicatedOrderIds: [
    '3061835520714416',
    '3062047718306692',
    '8206621047781309',
    '3062590183224471',
    '8207114409325518',
  ],
  /** The only order not in US $: there is no EUR rate in 설정, so it must become a Problem. */
  eurOrder: { id: '3063308817260045', orderAmount: '€ 23.10' },
  /** 订单金额 ≠ 产品总金额 + 物流费用 − 店铺优惠 (platform coins); a few random rows also differ. */
  amountMismatchOrder: {
    id: '8205567203318864',
    productTotal: 'US $37.80',
    shipping: 'US $0.00',
    storeDiscount: 'US $5.00',
    orderAmount: 'US $31.80',
  },
  /** A reseller's bulk order: 30 lamps, the only order above US $1,000 (thousands comma). */
  bulkOrder: {
    id: '8204719935160027',
    sku: 'HM-HANJILAMP',
    quantity: 30,
    orderAmount: 'US $1,047.00',
  },
  /** Rows whose times are written `2025.09.08 14:22` / `10/10/2025 14:22` instead of `2025-…`. */
  otherDateStyleOrders: {
    dotted: ['3061422095537718', '3061490327781206'],
    monthFirst: ['8206938120574431', '8206990452318877'],
  },
  /** To ship, paid on 2025-10-24: their ship-by deadline is less than 24 h after the as-of time. */
  nearShipByOrderIds: ['3064217735580912', '3064220981436650', '3064229047712384'],
  /** Placed on the last evening and not paid yet (等待买家付款). */
  awaitingPaymentOrderId: '3064466092217730',
  /** Paid 2025-10-21 and still not shipped at the as-of time: past its ship-by deadline. */
  overdueToShipOrderId: '3064102259943371',
  /** Shipped after its deadline; 정산 holds its 海外发货处罚. */
  latePenalty: { orderId: '3064108830276145', amount: '-US $1.20' },
  /** Refunded in 분쟁 AND in 정산: the refund must be counted once (from 분쟁). */
  bothRefund: { orderId: '8206104472039968', disputeId: '503661209441820', amount: 'US $8.00' },
  /** Refunded only in 정산 (放款后退款), no dispute. */
  settlementOnlyRefund: { orderId: '3063775192640083', amount: '-US $4.50' },
  /**
   * Paid out short in 정산: their 交易放款 is the order amount less `short` (the commission and
   * affiliate rows are right). The two 10/10 orders, whose payouts fall in the last week.
   */
  shortPayouts: [
    { orderId: '8206938120574431', short: 'US $3.00' },
    { orderId: '8206990452318877', short: 'US $1.50' },
  ],
  /** 상품 row with a blank 원가. */
  noCostSku: 'ST-STICKER-40',
  /** Stock below the 10-day lead time at the recent sales pace. */
  lowStockSkus: ['KB-SUN-50', 'KB-EYEPATCH', 'FA-BEANIE'],
  /** Cost above price: negative margin, Pareto class C. */
  lossLeaderSku: 'ST-MEMO-PAD',
  titleIssues: {
    /** Under 80 characters. */
    short: [
      'KB-TINT-RD',
      'KB-TONERPAD',
      'ST-WASHI-8',
      'ST-MEMO-PAD',
      'ST-POSTCARD',
      'FA-EARRING',
      'PH-AIRPOD',
      'HM-COASTER',
      'HM-KEYRING',
    ],
    keywordNotFirst: ['KB-TINT-RD', 'KB-HANDCREAM'],
    /** At least these; other titles repeat words too, as real ones do. */
    repeatedWords: ['ST-MEMO-PAD', 'FA-SOCKS-5'],
    bannedWords: ['KB-HANDCREAM'],
  },
  bannedTitleWords: ['best', 'free shipping', 'cheapest', 'replica'],
  /**
   * 유입: visitors → add-to-cart converts ~4% (benchmark 8%: the engine's 'cart' stage, fixed by
   * price and coupons) while the other stages are healthy: impressions → visitors ~3.5%
   * (benchmark 3%), add-to-cart → paying ~40% (benchmark 30%).
   */
  weakestFunnelStep: 'cart',
  funnelRates: { click: 0.035, addToCart: 0.04, cartToPaying: 0.4 },
  campaigns: {
    /** CTR ~0.25% from the first day: pause. */
    lowCtr: 'korean socks',
    /** High CTR and conversion, ROAS ~6: boost. */
    winner: 'snail mucin essence',
    /** CTR ~4.5% but conversion ~0.3%: fix the detail page. */
    highCtrLowConversion: 'hair claw clip',
  },
  /** USD moved 1,330 → 1,395 KRW (+4.9%, above the 3% reprice threshold). */
  fx: { currency: 'USD', firstRate: 1330, latestRate: 1395 },
  currencyWithoutRate: 'EUR',
  /** 정산 is a one-week fund-flow export. */
  settlementWindow: { firstDay: '2025-10-20', lastDay: '2025-10-26' },
} as const;
