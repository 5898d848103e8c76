/**
 * Every sentence the add-on shows a seller, in English and Korean, in one place. Code builds a
 * Msg (a key and its parameters) and renders it in the user's language where it is shown.
 * Placeholders are written `{name}`. Keys `expected.*` complete "… — expected {…}." and
 * "… — {…} 필요합니다.": their Korean ends with its subject particle (이/가).
 */

import type { COMMAND_LINE_MESSAGES } from './commandLineMessages';
import type { Lang } from './language';

const MESSAGES = {
  'expected.column': {
    en: 'a column {columns} (tried: {aliases})',
    ko: '{columns} 열(머리글: {aliases} 중 하나)이',
  },
  or: { en: ' or ', ko: ' 또는 ' },
  'expected.plausibleAmount': {
    en: 'an amount of at most 1,000,000,000,000,000 (a longer one is taken for a typo)',
    ko: '1,000,000,000,000,000보다 큰 금액은 오타로 봅니다. 그 이하의 금액이',
  },
  'expected.dayCount': {
    en: 'a whole number of days from {min} to {max}, like 28',
    ko: '28 같은 {min}~{max} 사이의 일수가',
  },
  'expected.number': { en: 'a number like 4.7', ko: '4.7 같은 숫자가' },
  'expected.currencyCode': {
    en: 'a currency code like KRW or USD',
    ko: 'KRW, USD 같은 통화 코드가',
  },
  'expected.weekday': { en: 'Monday or Sunday', ko: '월요일이나 일요일이' },
  'expected.months': { en: 'month numbers like 11,12,1,2', ko: '11,12,1,2 같은 월 숫자가' },
  'expected.fxRate': {
    en: 'a rate above 0 like 1380 (at most 1,000,000,000,000)',
    ko: '1380 같은 0보다 크고 1,000,000,000,000 이하인 환율이',
  },
  'expected.fxDate': {
    en: 'a date like 2025-09-01, or nothing for "always"',
    ko: '2025-09-01 같은 날짜나 빈칸(항상 적용)이',
  },
  'app.name': { ko: '셀러 루틴', en: 'Seller Routine' },
  'menu.openSidebar': { ko: '사이드바 열기', en: 'Open sidebar' },
  'menu.help': { ko: '도움말', en: 'Help' },
  'help.title': { ko: '셀러 루틴 도움말', en: 'Seller Routine help' },
  'help.body': {
    ko: '주문·분쟁·정산 내보내기 파일을 각 탭에 붙여 넣으세요. 셀에 =REAL_MARGIN(원장!A:H, 설정!A:C)처럼 쓰면 실질 마진이 나옵니다. 사이드바에서 오늘 할 일을 확인하세요.',
    en: 'Paste your Orders, Disputes and Settlement exports into their tabs. Type =REAL_MARGIN(Ledger!A:H, Settings!A:C) in a cell to see your real margin. Open the sidebar for today’s routine.',
  },
  'error.unexpected': {
    ko: '예상하지 못한 문제로 처리하지 못했습니다 (기록 번호 {ref}). 다시 해 보고, 계속되면 이 번호와 함께 알려 주세요.',
    en: 'Something unexpected went wrong (log reference {ref}). Please try again; if it keeps happening, send us this reference.',
  },
  'expected.id': { en: 'an ID such as 8207841133554507', ko: '8207841133554507 같은 ID가' },
  'expected.wholeId': {
    en: 'the whole ID pasted as text (the spreadsheet rounded this one, so it may stand for several orders)',
    ko: '반올림되지 않게 텍스트로 붙여 넣은 전체 ID가',
  },
  'expected.idNotDate': {
    en: 'the SKU or ID typed again in a cell formatted as plain text (the spreadsheet made it a date)',
    ko: '날짜로 바뀌지 않게 서식을 일반 텍스트로 바꾼 칸에 다시 적은 SKU나 ID가',
  },
  'expected.sameOrderTime': {
    en: 'the same order time on rows {rows} (one ID on two different orders: neither is counted)',
    ko: '주문 ID 하나가 시간이 다른 두 주문에 있어 둘 다 셈에서 뺐습니다. {rows}행 모두 같은 주문 시간이',
  },
  'memo.cancelled': { en: 'order cancelled', ko: '주문 취소 반영' },
  'memo.closedUnshipped': { en: 'order closed without shipping', ko: '발송 없이 종료된 주문 반영' },
  'memo.unpaid': { en: 'payment withdrawn', ko: '결제 취소 반영' },
  'memo.amountChanged': { en: 'amount changed', ko: '금액 변경 반영' },
  'memo.amountOrRateChanged': {
    en: 'amount or FX rate changed',
    ko: '금액 또는 환율 변경 반영',
  },
  'memo.feeRateChanged': { en: 'commission rate changed', ko: '수수료율 변경 반영' },
  'memo.refundChanged': { en: 'refund amount changed', ko: '환불액 변경' },
  'memo.feeSettled': { en: 'settlement commission replaces the estimate', ko: '정산 수수료 반영' },
  'memo.refundFromDispute': { en: 'refund counted from Disputes instead', ko: '분쟁 환불로 대체' },
  'memo.noSale': {
    en: 'refund of an order that brought no sale',
    ko: '매출 없는 주문의 환불 제외',
  },
  'memo.costAdded': { en: 'unit cost filled in', ko: '원가 입력 반영' },
  'memo.splitLines': { en: 'split by SKU', ko: 'SKU별로 나눔' },
  'memo.dateChanged': { en: 'date changed', ko: '날짜 변경 반영' },
  'memo.damagedId': {
    en: 'one order ID on orders of different times',
    ko: '주문 시간이 다른 주문에 같은 주문 ID',
  },
  'memo.correction': { en: '{reason}: {before} → {after}', ko: '{reason}: {before} → {after}' },
  'expected.fxRateFor': {
    en: 'an FX rate for {currency} in Settings',
    ko: '설정 탭에 {currency} 환율이',
  },
  'expected.orderStatus': {
    en: 'an order status such as 等待您发货, 交易完成, Shipped or 발송 완료',
    ko: '等待您发货, 交易完成, 발송 완료 같은 주문 상태가',
  },
  'expected.orderDate': { en: 'a pay time or an order time', ko: '결제 시간이나 주문 시간이' },
  'expected.orderAmount': {
    en: 'an order amount or a product amount',
    ko: '주문 금액이나 상품 금액이',
  },
  'expected.settlementItem': {
    en: 'a fee item the import knows: 处罚 (penalty), 退款 (refund), 赔付 (compensation), 物流费用 / 运费 / 质检费 (shipping), 佣金 (commission), 联盟 (affiliate), 放款 / 供货款 (payout)',
    ko: '가져오기가 아는 비용 항목(处罚 벌금, 退款 환불, 赔付 보상, 物流费用·运费·质检费 배송비, 佣金 수수료, 联盟 제휴수수료, 放款·供货款 정산금)이',
  },
  'expected.unitCostFor': {
    en: {
      one: 'a unit cost for SKU {sku}: its COGS is left out of 1 order, {order}',
      other: 'a unit cost for SKU {sku}: its COGS is left out of {count} orders, e.g. {order}',
    },
    ko: '원가가 빠진 주문 {count}건(예: {order})에 쓸 SKU {sku}의 원가가',
  },
  'expected.skuListed': {
    en: {
      one: 'a row for SKU {sku} in the {skuTab} tab, with its unit cost (1 order sells it: {order})',
      other:
        'a row for SKU {sku} in the {skuTab} tab, with its unit cost ({count} orders sell it, e.g. {order})',
    },
    ko: '주문 {count}건(예: {order})에 나온 SKU({sku})의 원가를 적은 {skuTab} 탭 행이',
  },
  'expected.skuTab': {
    en: {
      one: 'a {skuTab} tab listing each SKU with its unit cost: without it the COGS of 1 order is unknown',
      other:
        'a {skuTab} tab listing each SKU with its unit cost: without it the COGS of {count} orders is unknown',
    },
    ko: '{skuTab} 탭이 없어 주문 {count}건의 원가를 알 수 없습니다. SKU와 원가를 적은 {skuTab} 탭이',
  },
  'expected.productCode': {
    en: {
      one: 'a product code (SKU) on each order, so that its COGS can be counted: 1 order has none ({order})',
      other:
        'a product code (SKU) on each order, so that its COGS can be counted: {count} orders have none, e.g. {order}',
    },
    ko: '제품 코드가 없는 주문이 {count}건(예: {order}) 있습니다. 원가를 셀 수 있도록 주문마다 제품 코드(SKU)가',
  },
  'memo.estimatedFee': { en: 'estimated: {rate} of the sale', ko: '추정: 매출의 {rate}' },
  'expected.trafficCount': {
    en: 'impressions or visitors, a whole number such as 1,234',
    ko: '1,234 같은 노출수나 방문자수가',
  },
  'expected.replyAfterReceived': {
    en: 'a reply time after the received time',
    ko: '수신 시간보다 늦은 답변 시간이',
  },
  'expected.stars': {
    en: 'stars from 1 to 5, such as 4 or ★★★★☆',
    ko: '4나 ★★★★☆ 같은 1~5 별점이',
  },
  'expected.yesNo': { en: 'Y or N (yes/no, 예/아니오, O/X)', ko: 'Y 또는 N(예/아니오, O/X)이' },
  'funnel.advice.click': {
    en: 'Few shoppers click through to the product: improve the thumbnail and the title.',
    ko: '상품을 클릭하는 사람이 적습니다. 썸네일과 제목을 고쳐 보세요.',
  },
  'funnel.advice.cart': {
    en: 'Few visitors add to cart: review the price and offer a coupon.',
    ko: '장바구니에 담는 사람이 적습니다. 가격과 쿠폰을 점검해 보세요.',
  },
  'funnel.advice.order': {
    en: 'Carts do not turn into payments: put trust signals, shipping and return policy at the top of the detail page.',
    ko: '장바구니에서 결제로 이어지지 않습니다. 상세 페이지 상단에 신뢰 요소와 배송·반품 정책을 먼저 보여 주세요.',
  },
  'tab.weeklyMargin': { en: 'Weekly Margin', ko: '주간 마진' },
  'tab.skuMargin': { en: 'SKU Margin', ko: 'SKU 마진' },
  'tab.kpi': { en: 'KPI', ko: 'KPI' },
  'tab.logistics': { en: 'Logistics', ko: '물류' },
  'tab.problems': { en: 'Problems', ko: '확인 필요' },
  'tab.payoutCheck': { en: 'Payout check', ko: '정산 확인' },
  'col.payoutKind': { en: 'What', ko: '구분' },
  'col.expectedPayout': { en: 'Expected payout', ko: '예상 정산액' },
  'col.paidOut': { en: 'Paid out', ko: '실제 정산액' },
  'col.gap': { en: 'Short by', ko: '부족액' },
  'col.gapBase': { en: 'Short by (base currency)', ko: '부족액(기준 통화)' },
  'payout.kind.short': { en: 'Paid out short', ko: '적게 정산됨' },
  'payout.kind.missing': { en: 'Not paid out yet', ko: '정산되지 않음' },
  'payout.none': {
    en: {
      one: 'Every payout matches: 1 order checked against the settlement tab.',
      other: 'Every payout matches: {count} orders checked against the settlement tab.',
    },
    ko: '정산 차이가 없습니다. 정산 탭과 맞춰 본 주문 {count}건.',
  },
  'payout.covers': {
    en: 'The settlement tab covers {from} – {to}: an order counts as not paid out only when it was delivered in that span and {days} days have passed inside it.',
    ko: '정산 탭 기간: {from} ~ {to}. 이 기간 안에 배송되고 {days}일이 지난 주문만 미정산으로 봅니다.',
  },
  'payout.managed': {
    en: {
      one: '1 order of a managed store (supply price, 供货款) is not compared.',
      other: '{count} orders of a managed store (supply price, 供货款) are not compared.',
    },
    ko: '위탁(托管) 주문 {count}건은 공급가(供货款)로 정산되어 비교하지 않았습니다.',
  },
  'sidebar.payoutGaps': {
    en: {
      one: 'Payout check: 1 order paid out short or not at all, {amount} at stake (Payout check tab).',
      other:
        'Payout check: {count} orders paid out short or not at all, {amount} at stake (Payout check tab).',
    },
    ko: '정산 확인: 덜 받았거나 아직 못 받은 주문 {count}건, {amount} ("정산 확인" 탭).',
  },
  'col.weekStart': { en: 'Week starting', ko: '주 시작일' },
  'col.sales': { en: 'Sales', ko: '매출' },
  'col.refunds': { en: 'Refunds', ko: '환불' },
  'col.cogs': { en: 'COGS', ko: '원가' },
  'col.shipping': { en: 'Shipping', ko: '배송비' },
  'col.packaging': { en: 'Packaging', ko: '포장비' },
  'col.fees': { en: 'Fees', ko: '수수료' },
  'col.affiliate': { en: 'Affiliate', ko: '제휴수수료' },
  'col.ads': { en: 'Ads', ko: '광고비' },
  'col.coupons': { en: 'Coupons', ko: '쿠폰' },
  'col.penalties': { en: 'Penalties', ko: '벌금' },
  'col.other': { en: 'Other', ko: '기타' },
  'col.realMargin': { en: 'Real margin', ko: '실질 마진' },
  'col.marginRate': { en: 'Margin rate', ko: '마진율' },
  'col.storeDiscounts': { en: 'Of which store discount', ko: '(포함된 스토어 할인)' },
  'col.paidOrders': { en: 'Paid orders', ko: '결제 주문' },
  'col.disputes': { en: 'Disputes', ko: '분쟁' },
  'col.disputeRate': { en: 'Dispute rate', ko: '분쟁률' },
  'col.sku': { en: 'SKU', ko: 'SKU' },
  'col.title': { en: 'Title', ko: '상품명' },
  'col.pareto': { en: 'Class', ko: '등급' },
  'col.stock': { en: 'Stock', ko: '재고' },
  'col.coverDays': { en: 'Stock cover (days)', ko: '재고 소진(일)' },
  'col.titleCheck': { en: 'Title check', ko: '제목 점검' },
  'col.kpi': { en: 'KPI', ko: 'KPI' },
  'col.value': { en: 'Value', ko: '값' },
  'col.target': { en: 'Target', ko: '목표' },
  'col.status': { en: 'Status', ko: '상태' },
  'col.todo': { en: 'What to do', ko: '할 일' },
  'col.country': { en: 'Country', ko: '국가' },
  'col.medianDays': { en: 'Median days shipped → delivered', ko: '발송→수령 중간값(일)' },
  'col.stalledOrder': { en: 'Stalled order', ko: '지연 주문' },
  'col.daysInTransit': { en: 'Days in transit', ko: '배송 중(일)' },
  'col.tab': { en: 'Tab', ko: '탭' },
  'col.row': { en: 'Row', ko: '행' },
  'col.column': { en: 'Column', ko: '열' },
  'col.rawValue': { en: 'Value', ko: '값' },
  'kpi.marginRate': { en: 'Margin rate', ko: '마진율' },
  'kpi.disputeRate': { en: 'Dispute rate', ko: '분쟁률' },
  'kpi.responseHours': { en: 'Response time (h)', ko: '응답 시간(시간)' },
  'kpi.rating': { en: 'Rating', ko: '평점' },
  'kpi.earlyDefectRate': { en: 'Early-defect rate', ko: '초기 불량률' },
  'kpi.wrongShipmentRate': { en: 'Wrong-shipment rate', ko: '오배송률' },
  'kpi.repurchaseRate': { en: 'Repurchase rate', ko: '재구매율' },
  'kpi.conversion': { en: 'Conversion', ko: '전환율' },
  'todo.marginRate': {
    en: 'Check the SKUs with the lowest margin and the ad spend.',
    ko: '마진이 낮은 SKU와 광고비를 먼저 점검해 주세요.',
  },
  'todo.disputeRate': {
    en: 'Fix the top two dispute causes this week.',
    ko: '이번 주에 분쟁 원인 상위 2개를 고쳐 주세요.',
  },
  'todo.responseHours': {
    en: 'Answer messages twice a day and tidy up the reply macros.',
    ko: '메시지는 오전·오후 두 번 답하고 매크로를 정비해 주세요.',
  },
  'todo.rating': {
    en: 'Reply to low reviews within 24 hours and fix the repeated complaint.',
    ko: '낮은 별점 리뷰에 24시간 안에 답하고, 반복되는 불만을 고쳐 주세요.',
  },
  'todo.earlyDefectRate': {
    en: 'Check packing and quality before shipping.',
    ko: '발송 전 포장과 품질 검수를 강화해 주세요.',
  },
  'todo.wrongShipmentRate': {
    en: 'Double-check option codes when picking.',
    ko: '피킹할 때 옵션 코드를 한 번 더 확인해 주세요.',
  },
  'todo.repurchaseRate': {
    en: 'Send the usage tip and photo-review coupon to recent buyers.',
    ko: '최근 구매자에게 사용 팁과 포토리뷰 쿠폰을 보내 주세요.',
  },
  'todo.conversion': {
    en: 'Fix the top 600 px of the detail page.',
    ko: '상세 페이지 상단 600px를 고쳐 주세요.',
  },
  'title.too-short': { en: 'under 80 characters', ko: '80자 미만' },
  'title.too-long': { en: 'over 120 characters', ko: '120자 초과' },
  'title.keyword-not-first': { en: 'keyword not first', ko: '핵심 키워드가 맨 앞에 없음' },
  'title.banned-word': { en: 'banned ({words})', ko: '금지 단어({words})' },
  'title.repeated-word': { en: 'repeated ({words})', ko: '반복 단어({words})' },
  'label.noSku': { en: '(shop-wide)', ko: '(매장 공통)' },
  'label.unknownCountry': { en: '(unknown)', ko: '(알 수 없음)' },
  'menu.runWeeklyUpdate': { en: 'Run weekly update', ko: '주간 업데이트 실행' },
  'menu.importOnly': { en: 'Import exports only', ko: '내보내기만 가져오기' },
  'menu.setupSheets': { en: 'Set up sheets', ko: '시트 준비하기' },
  'menu.toggleTrigger': {
    en: 'Turn weekly auto-update on/off',
    ko: '주간 자동 업데이트 켜기/끄기',
  },
  'update.done': {
    en: 'Weekly update done · real margin {margin} · {problems} to check',
    ko: '주간 업데이트 완료 · 실질 마진 {margin} · 확인 필요 {problems}건',
  },
  'update.doneNoCosts': {
    en: 'Weekly update done · no unit costs, so no real margin yet · {problems} to check',
    ko: '주간 업데이트 완료 · 원가가 없어 실질 마진을 알 수 없음 · 확인 필요 {problems}건',
  },
  'update.doneNoWeeks': {
    en: 'Weekly update done · no week counted yet · {problems} to check',
    ko: '주간 업데이트 완료 · 아직 집계된 주 없음 · 확인 필요 {problems}건',
  },
  'update.imported': {
    en: {
      one: 'Added 1 row to the Ledger · {problems} to check',
      other: 'Added {count} rows to the Ledger · {problems} to check',
    },
    ko: '원장에 {count}행을 추가했습니다 · 확인 필요 {problems}건',
  },
  'update.busy': {
    en: 'Another update is running. Please try again in a minute.',
    ko: '다른 업데이트가 진행 중입니다. 1분 뒤에 다시 시도해 주세요.',
  },
  'update.noData': {
    en: 'No Orders or Ledger tab yet. Use "Set up sheets" and paste your order export first.',
    ko: '주문 탭이나 원장 탭이 아직 없습니다. "시트 준비하기"를 누른 뒤 주문 내보내기를 붙여 넣어 주세요.',
  },
  'update.failed': {
    en: 'The update stopped and changed nothing: something unexpected went wrong (log reference {ref}). Please try again; if it keeps happening, send us this reference.',
    ko: '업데이트를 멈췄고 아무것도 바꾸지 않았습니다. 예상하지 못한 문제가 생겼습니다 (기록 번호 {ref}). 다시 해 보고, 계속되면 이 번호와 함께 알려 주세요.',
  },
  'update.noSpreadsheet': {
    en: 'Seller Routine: no spreadsheet is open for this run, so nothing was updated.',
    ko: '셀러 루틴: 열린 스프레드시트가 없어 업데이트하지 않았습니다.',
  },
  'update.renamed': {
    en: 'A tab of yours is already named "{name}", so the add-on wrote "{used}" instead.',
    ko: '"{name}" 이름의 탭이 이미 있어 "{used}" 탭에 결과를 썼습니다.',
  },
  'setup.done': {
    en: { one: 'Set up 1 tab: {names}', other: 'Set up {count} tabs: {names}' },
    ko: '탭 {count}개를 준비했습니다: {names}',
  },
  'setup.nothing': {
    en: 'Every tab is already there; nothing was changed.',
    ko: '필요한 탭이 모두 있어 바꾼 것이 없습니다.',
  },
  'trigger.on': {
    en: 'Weekly auto-update is on: every {day} at 7:00, the day your week starts in Settings.',
    ko: '주간 자동 업데이트를 켰습니다. 설정의 주 시작 요일에 맞춰 매주 {day} 오전 7시에 실행됩니다.',
  },
  'weekday.0': { en: 'Sunday', ko: '일요일' },
  'weekday.1': { en: 'Monday', ko: '월요일' },
  'trigger.off': { en: 'Weekly auto-update is off.', ko: '주간 자동 업데이트를 껐습니다.' },
  'update.writeFailed': {
    en: 'The update stopped while writing to the spreadsheet (log reference {ref}). Every tab is as it was or fully updated; please run it again to finish.',
    ko: '시트에 결과를 쓰는 중에 멈췄습니다 (기록 번호 {ref}). 모든 탭은 이전 그대로이거나 끝까지 바뀐 상태이니, 다시 실행해 마무리해 주세요.',
  },
  'update.building': { en: 'updating', ko: '업데이트 중' },
  'kpi.note.noCosts': {
    en: 'No unit cost for any order of the period: the margin cannot be known. Fill in the costs in the SKU tab.',
    ko: '기간 중 원가가 있는 주문이 없어 마진을 알 수 없습니다. 상품 탭에 원가를 적어 주세요.',
  },
  'kpi.note.missingCosts': {
    en: {
      one: '1 order lacks a unit cost, so the margin looks better than it is.',
      other: '{count} orders lack a unit cost, so the margin looks better than it is.',
    },
    ko: '원가가 없는 주문이 {count}건 있어 마진이 실제보다 좋게 보입니다.',
  },
  'kpi.note.shortHistory': {
    en: 'Not enough history yet to compare this week with the week before.',
    ko: '이번 주와 지난주를 비교할 만큼 기록이 아직 없습니다.',
  },
  'update.tooManyCells': {
    en: 'The update changed nothing: it would take this spreadsheet to {cells} cells, past the 10,000,000 a Google spreadsheet can hold. Delete old export rows, tabs or empty columns you do not use, or move the Ledger to a new spreadsheet, then run it again.',
    ko: '업데이트하지 않았습니다. 이대로 쓰면 시트가 {cells}칸이 되어, 구글 시트 한 파일이 담을 수 있는 10,000,000칸을 넘습니다. 오래된 내보내기 행이나 탭, 쓰지 않는 빈 열을 지우거나 원장을 새 파일로 옮긴 뒤 다시 실행해 주세요.',
  },
  'update.asOfAfterToday': {
    en: 'The as-of day {asOf} is after today ({today}). Please choose a day that has passed.',
    ko: '기준일({asOf})이 오늘({today})보다 뒤입니다. 이미 지난 날을 골라 주세요.',
  },
  'update.badDate': {
    en: '"{value}" is not a real date. Please write it like 2025-10-27 or 2025-10-27T09:30.',
    ko: '없는 날짜입니다: "{value}". 2025-10-27이나 2025-10-27T09:30처럼 써 주세요.',
  },
  'sidebar.detail.lastRunFailed': {
    en: 'The last run ({date}) stopped: {reason}',
    ko: '마지막 실행({date})이 멈췄습니다: {reason}',
  },
  'sidebar.loading': { ko: '불러오는 중입니다…', en: 'Loading…' },
  'sidebar.loadFailed': {
    ko: '사이드바를 불러오지 못했습니다: {reason} "새로 고침"을 눌러 다시 시도해 주세요.',
    en: 'The sidebar could not load: {reason} Press "Refresh" to try again.',
  },
  'sidebar.noReason': { ko: '서버가 응답하지 않았습니다.', en: 'The server did not answer.' },
  'sidebar.dataAsOf': { ko: '데이터 기준: {time}', en: 'Data as of {time}' },
  'sidebar.today': { ko: '오늘: {date}', en: 'Today: {date}' },
  'sidebar.refresh': { ko: '새로 고침', en: 'Refresh' },
  'sidebar.problems': {
    ko: '확인이 필요한 칸 {count}개 (주간 업데이트 때 "확인 필요" 탭에 적힙니다)',
    en: {
      one: '1 cell needs a look (the Problems tab is written by the weekly update)',
      other: '{count} cells need a look (the Problems tab is written by the weekly update)',
    },
  },
  'sidebar.kpiHeading': { ko: '핵심 지표 (최근 {days}일)', en: 'Key numbers (last {days} days)' },
  'sidebar.target': { ko: '목표 {target}', en: 'Target {target}' },
  'sidebar.trendUp': { ko: '상승 추세', en: 'trending up' },
  'sidebar.hours': { ko: '{value}시간', en: '{value} h' },
  'sidebar.kpi.responseHours': { ko: '응답 시간', en: 'Response time' },
  'sidebar.needsTab': {
    ko: '{tab} 탭이 없어 확인할 수 없습니다.',
    en: 'Needs the {tab} tab.',
  },
  'sidebar.emptyTab': {
    ko: '{tab} 탭이 비어 있어 확인할 수 없습니다.',
    en: 'The {tab} tab is empty.',
  },
  'sidebar.noRecentData': {
    ko: '최근 {days}일 데이터가 없습니다.',
    en: 'No data in the last {days} days.',
  },
  'sidebar.detail.noAlerts': { ko: '경고가 없습니다.', en: 'No alerts.' },
  'sidebar.detail.overdue': {
    ko: '발송 기한이 지난 주문 {count}건',
    en: {
      one: '1 order past its ship-by deadline',
      other: '{count} orders past their ship-by deadline',
    },
  },
  'sidebar.detail.nearShipBy': {
    ko: '발송 기한 24시간 이내 주문 {count}건',
    en: { one: '1 order to ship within 24 hours', other: '{count} orders to ship within 24 hours' },
  },
  'sidebar.detail.orderIds': { ko: '주문 ID: {ids}', en: 'Order numbers: {ids}' },
  'sidebar.detail.noShipBy': {
    ko: '발송 기한이 임박한 주문이 없습니다.',
    en: 'No order is close to its ship-by deadline.',
  },
  'sidebar.detail.lowStock': {
    ko: '재고가 {days}일 안에 떨어질 SKU {count}개: {skus}',
    en: {
      one: '1 SKU runs out within {days} days: {skus}',
      other: '{count} SKUs run out within {days} days: {skus}',
    },
  },
  'sidebar.detail.stalled': {
    ko: '배송이 멈춘 것 같은 주문 {count}건 (물류 탭)',
    en: {
      one: '1 parcel looks stalled (Logistics tab)',
      other: '{count} parcels look stalled (Logistics tab)',
    },
  },
  'sidebar.detail.reviewsWaiting': {
    ko: '24시간 넘게 답하지 않은 리뷰 {count}건',
    en: {
      one: '1 review unanswered for over 24 hours',
      other: '{count} reviews unanswered for over 24 hours',
    },
  },
  'sidebar.detail.unanswered': {
    ko: '답하지 않은 메시지 {count}건',
    en: { one: '1 message without a reply', other: '{count} messages without a reply' },
  },
  'sidebar.detail.noUnanswered': {
    ko: '답하지 않은 메시지가 없습니다.',
    en: 'Every message has a reply.',
  },
  'sidebar.detail.macrosBelow': {
    ko: '아래 "답장 매크로"에서 복사해 쓰세요.',
    en: 'Copy them from "Reply macros" below.',
  },
  'sidebar.detail.weakestStep': {
    ko: '가장 약한 단계: {step}',
    en: 'Weakest step: {step}',
  },
  'sidebar.detail.thumbnailTips': {
    ko: '썸네일 원칙: 강한 주제 1개, 여백과 대비, 사용 장면 1컷, 글자는 3단어 이내.',
    en: 'Thumbnail rules: one strong subject, space and contrast, one in-use shot, at most 3 words.',
  },
  'sidebar.detail.titleToFix': { ko: '{sku}: {issues}', en: '{sku}: {issues}' },
  'sidebar.detail.thumbnailToFix': {
    ko: '클릭이 가장 적은 상품: {product}. 노출 대비 방문 {rate} (기준 {benchmark})',
    en: 'Fewest clicks: {product}. {rate} of impressions visit (benchmark {benchmark})',
  },
  'sidebar.detail.thumbnailNoData': {
    ko: '최근 {days}일 노출이 {min}회를 넘은 상품이 없어 아직 비교할 수 없습니다.',
    en: 'No product passed {min} impressions in the last {days} days: nothing to compare yet.',
  },
  'sidebar.detail.productId': { ko: '상품 ID {id}', en: 'product ID {id}' },
  'sidebar.detail.titleMostViewed': {
    ko: '방문이 가장 많은 상품부터: {sku} (방문 {visitors}명)',
    en: 'Most-viewed first: {sku} ({visitors} visitors)',
  },
  'sidebar.detail.titleRule': {
    ko: '제목 규칙: 80~120자, 핵심 키워드를 맨 앞에, 반복·금지 단어 없이.',
    en: 'Title rules: 80–120 characters, main keyword first, no repeated or banned words.',
  },
  'sidebar.detail.titlesOk': {
    ko: '모든 상품 제목이 기준을 통과했습니다.',
    en: 'Every title passes the check.',
  },
  'sidebar.detail.keywordPause': { ko: '중지: {keywords}', en: 'Pause: {keywords}' },
  'sidebar.detail.keywordBelowBreakEven': {
    ko: '손익분기 미달(광고비가 마진보다 큼), 입찰가를 낮추거나 중지: {keywords}',
    en: 'Below break-even (the ads cost more than the margin), bid lower or pause: {keywords}',
  },
  'sidebar.detail.keywordBoost': { ko: '예산 늘리기: {keywords}', en: 'Boost: {keywords}' },
  'sidebar.detail.keywordFix': {
    ko: '상세 페이지 손보기: {keywords}',
    en: 'Fix the detail page: {keywords}',
  },
  'sidebar.detail.keywordsOk': {
    ko: '지금 조정할 키워드가 없습니다.',
    en: 'No keyword needs a change now.',
  },
  'sidebar.detail.lastUpdate': { ko: '마지막 업데이트: {date}', en: 'Last update: {date}' },
  'sidebar.detail.neverUpdated': {
    ko: '아직 주간 업데이트를 한 적이 없습니다.',
    en: 'The weekly update has not run yet.',
  },
  'sidebar.detail.updateDue': {
    ko: '업데이트할 때가 되었습니다 (7일 이상 지남).',
    en: 'Due: the last update is 7 or more days old.',
  },
  'sidebar.detail.kpiVsTarget': {
    ko: '{name} {value} ({target})',
    en: '{name} {value} ({target})',
  },
  'sidebar.detail.disputeCause': {
    ko: '원인 {rank}위: {reason} {count}건',
    en: 'Cause #{rank}: {reason}, {count}',
  },
  'sidebar.detail.noDisputes': {
    ko: '최근 분쟁이 없습니다.',
    en: 'No recent disputes.',
  },
  'sidebar.detail.noSkuMargins': { ko: '아직 SKU별 마진이 없습니다.', en: 'No SKU margins yet.' },
  'sidebar.detail.classC': {
    ko: '정리 후보(C등급) {count}개: {skus}',
    en: { one: '1 class C SKU to review: {skus}', other: '{count} class C SKUs to review: {skus}' },
  },
  'sidebar.detail.noClassC': { ko: 'C등급 SKU가 없습니다.', en: 'No class C SKU.' },
  'sidebar.detail.fxMoved': {
    ko: '{currency} 환율 {change} 변동 ({from} → {to}): 가격을 다시 정해 주세요.',
    en: '{currency} moved {change} ({from} → {to}): revisit the prices.',
  },
  'sidebar.detail.fxStable': {
    ko: '환율이 기준 이상 움직이지 않았습니다.',
    en: 'No currency moved past the threshold.',
  },
  'sidebar.detail.more': { ko: '외 {count}개', en: 'and {count} more' },
  'sidebar.detail.moreOrders': { ko: '외 {count}건', en: 'and {count} more' },
  'funnel.stage.click': { ko: '노출 → 방문 (클릭)', en: 'impressions → visitors (click)' },
  'funnel.stage.cart': { ko: '방문 → 장바구니', en: 'visitors → cart' },
  'funnel.stage.order': { ko: '장바구니 → 결제', en: 'cart → payment' },
  'macro.followUp.usage-tip': {
    ko: '상품은 잘 받으셨나요? 처음 쓰실 때 도움이 될 팁을 알려 드려요: 사용 전 설명서를 한 번 읽어 주시고, 궁금한 점은 언제든 메시지 주세요. 마음에 드셨다면 후기를 남겨 주시면 큰 힘이 됩니다.',
    en: 'Did your order arrive safely? A quick tip for the first use: please read the instructions once before you start, and message us any time with a question. If you like it, a review would mean a lot to us.',
  },
  'macro.followUp.photo-coupon': {
    ko: '상품은 마음에 드시나요? 사진과 함께 후기를 남겨 주시면 다음 주문에 쓰실 수 있는 쿠폰을 드립니다. 후기를 남기신 뒤 메시지로 알려 주세요.',
    en: 'We hope you are enjoying your order! Leave a review with a photo and we will send you a coupon for your next order. Just message us once your review is up.',
  },
  'macro.followUp.negative-reply': {
    ko: '불편을 드려 정말 죄송합니다. 남겨 주신 후기를 꼼꼼히 읽었습니다. 어떤 점이 문제였는지 메시지로 알려 주시면 교환이나 환불로 바로 해결해 드리겠습니다.',
    en: 'We are truly sorry for the trouble, and we have read your review carefully. Please message us what went wrong, and we will make it right straight away with a replacement or a refund.',
  },
  'sidebar.urgent.messages': {
    ko: '{hours}시간 넘게 답하지 않은 메시지 {count}건',
    en: {
      one: '1 message waiting over {hours} hours for a reply',
      other: '{count} messages waiting over {hours} hours for a reply',
    },
  },
  'sidebar.followUp.row': { ko: '주문 {order} · {due}', en: 'Order {order} · {due}' },
  'sidebar.followUp.noOrder': { ko: '주문 ID 없음', en: 'no order id' },
  'sidebar.followUp.negative-reply': {
    ko: '낮은 별점 리뷰에 답하기 ({count}건)',
    en: { one: 'Reply to a negative review (1)', other: 'Reply to negative reviews ({count})' },
  },
  'sidebar.followUp.negative-reply.hint': {
    ko: '리뷰가 올라온 지 24시간 안에 답해 주세요.',
    en: 'Reply within 24 hours of the review.',
  },
  'sidebar.followUp.usage-tip': {
    ko: '사용 팁 보내기 ({count}건)',
    en: { one: 'Send a usage tip (1)', other: 'Send usage tips ({count})' },
  },
  'sidebar.followUp.usage-tip.hint': {
    ko: '배송 3일 뒤, 쓰는 법을 알려 주는 메시지입니다.',
    en: 'Three days after delivery: how to get the best out of the item.',
  },
  'sidebar.followUp.photo-coupon': {
    ko: '포토리뷰 쿠폰 보내기 ({count}건)',
    en: { one: 'Offer a photo-review coupon (1)', other: 'Offer photo-review coupons ({count})' },
  },
  'sidebar.followUp.photo-coupon.hint': {
    ko: '배송 10일 뒤, 포토리뷰를 남기면 쿠폰을 드린다고 알립니다.',
    en: 'Ten days after delivery: a coupon for a review with a photo.',
  },
  'sidebar.reviews.summary': {
    ko: '평균 {mean}점 (리뷰 {count}개)',
    en: { one: 'Average {mean} (1 review)', other: 'Average {mean} ({count} reviews)' },
  },
  'sidebar.reviews.stars': { ko: '★{stars} {count}개', en: '{stars}★ {count}' },
  'sidebar.reviews.photoShare': { ko: '포토리뷰 {share}', en: 'Photo reviews: {share}' },
  'sidebar.reviews.word': { ko: '{word} ({count})', en: '{word} ({count})' },
  'sidebar.keywords.noMargin': { ko: '마진 없음', en: 'no margin' },
  'keyword.action.pause': { ko: '중지', en: 'Pause' },
  'keyword.action.boost': { ko: '예산 늘리기', en: 'Boost' },
  'keyword.action.fix-detail-page': { ko: '상세 페이지 손보기', en: 'Fix the detail page' },
  'keyword.action.below-break-even': {
    ko: '손익분기 미달: 입찰가 낮추기',
    en: 'Below break-even: bid lower',
  },
  'keyword.action.keep': { ko: '유지', en: 'Keep' },
  'keyword.action.wait': { ko: '지켜보기 (3일 미만)', en: 'Wait (under 3 days of data)' },
  'sidebar.disputes.row': { ko: '{date} 시작 · {reason}', en: 'Opened {date} · {reason}' },
  'sidebar.disputes.summary': {
    ko: '진행 중인 분쟁 {count}건, 걸린 금액 {amount}',
    en: {
      one: '1 open dispute, {amount} at stake',
      other: '{count} open disputes, {amount} at stake',
    },
  },
  'sidebar.funnel.product': {
    ko: '노출 {impressions} · 클릭 {click} · 구매 {buy}',
    en: 'Impressions {impressions} · click {click} · buy {buy}',
  },
  'sidebar.disputes.none': { ko: '진행 중인 분쟁이 없습니다.', en: 'No open disputes.' },
  'sidebar.journalSaved': {
    ko: '"{tab}" 탭에 저장했습니다.',
    en: 'Saved to the "{tab}" tab.',
  },
  'sidebar.journalEmpty': {
    ko: '저장할 내용을 한 줄 적어 주세요.',
    en: 'Please write a line first.',
  },
  'sidebar.journalTooLong': {
    ko: '{max}자까지 적을 수 있습니다.',
    en: 'Please keep it to {max} characters.',
  },
  'sidebar.unknownItem': {
    ko: '알 수 없는 항목입니다. 사이드바를 새로 고쳐 주세요.',
    en: 'Unknown checklist item. Please refresh the sidebar.',
  },
  'sidebar.busy': {
    ko: '다른 작업이 진행 중입니다. 잠시 뒤에 다시 시도해 주세요.',
    en: 'Something else is running. Please try again in a moment.',
  },
  'tab.journal': { ko: '일지', en: 'Journal' },
  'col.date': { ko: '날짜', en: 'Date' },
  'col.journal': { ko: '한 줄 기록', en: 'Note' },
  'fn.noData.ledger': {
    en: 'NO DATA: the Ledger has no rows yet.',
    ko: 'NO DATA: 원장에 아직 행이 없습니다.',
  },
  'fn.noData.sales': {
    en: 'NO DATA: the Ledger has no sales, so there is no margin rate.',
    ko: 'NO DATA: 원장에 매출이 없어 마진율을 계산할 수 없습니다.',
  },
  'fn.noData.paidOrders': {
    en: 'NO DATA: no paid orders in the {days} days up to {asOf}.',
    ko: 'NO DATA: {asOf}까지 {days}일 동안 결제된 주문이 없습니다.',
  },
  'fn.noData.disputes': {
    en: 'NO DATA: no disputes opened in the {days} days up to {asOf}.',
    ko: 'NO DATA: {asOf}까지 {days}일 동안 열린 분쟁이 없습니다.',
  },
  'fn.noData.traffic': {
    en: 'NO DATA: no Traffic rows in the {days} days up to {asOf}.',
    ko: 'NO DATA: {asOf}까지 {days}일 동안의 유입 데이터가 없습니다.',
  },
  'fn.noData.messages': {
    en: 'NO DATA: no messages received in the {days} days up to {asOf}.',
    ko: 'NO DATA: {asOf}까지 {days}일 동안 받은 메시지가 없습니다.',
  },
  'fn.noData.adSpend': {
    en: 'NO DATA: no ad spend with revenue in the {days} days up to {asOf}.',
    ko: 'NO DATA: {asOf}까지 {days}일 동안 매출이 기록된 광고비가 없습니다.',
  },
  'fn.noData.campaign': {
    en: 'NO DATA: no ad rows for "{campaign}" in the {days} days up to {asOf}.',
    ko: 'NO DATA: {asOf}까지 {days}일 동안 "{campaign}" 광고 데이터가 없습니다.',
  },
  'fn.noData.stockCover': {
    en: 'NO DATA: SKU {sku} has no stock figure or sold nothing in the {days} days before {asOf}.',
    ko: 'NO DATA: SKU({sku})의 재고 수량이 없거나 {asOf} 전 {days}일 동안 팔린 수량이 없습니다.',
  },
  'fn.noData.fxRates': {
    en: 'NO DATA: the Settings range has no FX table rows (Currency | Rate | Date).',
    ko: 'NO DATA: 설정 범위에 환율 표(통화 | 환율 | 날짜)가 없습니다.',
  },
  'fn.noData.dates': {
    en: 'NO DATA: {range} has no dated rows to take the as-of date from.',
    ko: 'NO DATA: {range}에 날짜가 적힌 행이 없습니다.',
  },
  'fn.arg.asOf': { en: 'as-of date', ko: '기준일' },
  'fn.asOfRange': {
    en: 'A range stands where the as-of date goes. To leave the date out, write: {example}',
    ko: '기준일 자리에 범위가 들어왔습니다. 기준일을 비워 두려면 이렇게 적어 주세요: {example}',
  },
  'fn.arg.value': { en: 'value', ko: '값' },
  'fn.arg.target': { en: 'target', ko: '목표' },
  'fn.arg.direction': { en: 'direction', ko: '방향' },
  'fn.arg.title': { en: 'title', ko: '제목' },
  'fn.arg.payTime': { en: 'pay time', ko: '결제 시간' },
  'fn.arg.sku': { en: 'SKU', ko: 'SKU' },
  'fn.arg.campaign': { en: 'campaign', ko: '캠페인' },
  'fn.arg.keyword': { en: 'keyword', ko: '키워드' },
  'expected.asOfDate': {
    en: 'a date like 2025-10-26 or 2025-10-26 23:59',
    ko: '2025-10-26이나 2025-10-26 23:59 같은 날짜가',
  },
  'expected.rate': {
    en: 'a number like 4.7 or a rate like 2%',
    ko: '4.7 같은 숫자나 2% 같은 비율이',
  },
  'expected.direction': {
    en: '"below" (stay under the target) or "at-least" (reach it)',
    ko: '"below"(목표 미만)나 "at-least"(목표 이상) 중 하나가',
  },
  'expected.oneCell': { en: 'a single cell', ko: '셀 하나가' },
  'expected.skuInRange': {
    en: 'a SKU listed in the SKU range',
    ko: '상품 범위에 있는 SKU 코드가',
  },
  'col.step': { en: 'Step', ko: '단계' },
  'col.count': { en: 'Count', ko: '건수' },
  'col.conversion': { en: 'Conversion', ko: '전환율' },
  'col.drop': { en: 'Drop', ko: '이탈률' },
  'col.advice': { en: 'Advice', ko: '조언' },
  'col.reason': { en: 'Reason', ko: '사유' },
  'col.cause': { en: 'Cause', ko: '원인' },
  'col.share': { en: 'Share', ko: '비율' },
  'col.dailyUnits': { en: 'Units a day', ko: '하루 판매량' },
  'col.alert': { en: 'Alert', ko: '알림' },
  'col.currency': { en: 'Currency', ko: '통화' },
  'col.rateThen': { en: 'Rate when priced', ko: '가격 설정 때 환율' },
  'col.rateNow': { en: 'Rate now', ko: '현재 환율' },
  'col.change': { en: 'Change', ko: '변동' },
  'col.orderId': { en: 'Order ID', ko: '주문 ID' },
  'col.deadline': { en: 'Ship by', ko: '발송 기한' },
  'col.hoursLeft': { en: 'Hours left', ko: '남은 시간' },
  'funnel.step.impressions': { en: 'Impressions', ko: '노출' },
  'funnel.step.visitors': { en: 'Visitors', ko: '방문자' },
  'funnel.step.cart': { en: 'Add-to-cart buyers', ko: '장바구니 구매자' },
  'funnel.step.ordering': { en: 'Ordering buyers', ko: '주문 구매자' },
  'funnel.step.paying': { en: 'Paying buyers', ko: '결제 구매자' },
  'funnel.noWeakStep': {
    en: 'Every step meets its benchmark.',
    ko: '모든 단계가 기준 이상입니다.',
  },
  'funnel.unmeasured': {
    en: 'No data to judge {stages} yet.',
    ko: '{stages} 단계는 데이터가 없어 아직 판단할 수 없습니다.',
  },
  'reason.not-as-described': { en: 'Not as described', ko: '설명과 다름' },
  'reason.wrong-item': { en: 'Wrong item', ko: '오배송' },
  'reason.defective': { en: 'Defective or damaged', ko: '불량·파손' },
  'reason.not-received': { en: 'Not received or late', ko: '미수령·배송 지연' },
  'reason.change-of-mind': { en: 'Change of mind', ko: '단순 변심' },
  'reason.other': { en: 'Other', ko: '기타' },
  'cause.internal': {
    en: 'Internal (fix the product or process)',
    ko: '내부 원인(상품·공정 개선)',
  },
  'cause.expectation': { en: 'Expectation (fix the listing)', ko: '기대 차이(상품 페이지 개선)' },
  'cause.other': { en: 'Other', ko: '기타' },
  'alert.reorder': { en: 'Reorder', ko: '재주문 필요' },
  'alert.reprice': { en: 'Reprice', ko: '가격 재조정' },
  'alert.shipSoon': { en: 'Ship now', ko: '바로 발송' },
  'alert.overdue': { en: 'Overdue', ko: '기한 지남' },
  'sidebar.pasteOrders': {
    ko: '주문 내보내기를 {tab} 탭에 붙여 넣어 주세요.',
    en: 'Paste your orders export into the {tab} tab.',
  },
  'sidebar.ordersNeedFx': {
    ko: '주문을 읽으려면 {expected} 필요합니다.',
    en: 'The orders need {expected}.',
  },
  'sidebar.noOrdersRead': {
    ko: '주문 탭에서 읽은 주문이 없습니다. 확인이 필요한 칸을 먼저 고쳐 주세요.',
    en: 'No order could be read from the Orders tab. Please fix the cells that need a look first.',
  },
  'sidebar.detail.noFxTable': {
    ko: '설정 탭의 환율 표(통화 | 환율 | 날짜)에 환율이 없습니다.',
    en: 'The FX table of the Settings tab (Currency | Rate | Date) has no rate.',
  },
  'expected.amount': {
    en: 'an amount such as 12,345원 or US $12.34',
    ko: '12,345원이나 US $12.34 같은 금액이',
  },
  'expected.date': {
    en: 'a date such as 2025-03-02 or 2025-03-02 14:05',
    ko: '2025-03-02나 2025-03-02 14:05 같은 날짜가',
  },
  'expected.range': {
    en: 'a date, or a range such as 2025-09-01 ~ 2025-09-07',
    ko: '날짜나 2025-09-01 ~ 2025-09-07 같은 기간이',
  },
  'expected.count': { en: 'a whole number such as 1,234', ko: '1,234 같은 0 이상의 정수가' },
  'expected.percent': { en: 'a percentage such as 8% or 0.08', ko: '8%나 0.08 같은 비율이' },
  'expected.ledgerType': {
    en: 'a type such as Sale / 매출, Fee / 수수료, Ad / 광고비',
    ko: '매출, 수수료, 광고비 같은 유형이',
  },
  'expected.plausibleDate': {
    en: 'a date from {earliest} to {latest} (a later or earlier one is most likely a typo)',
    ko: '오타로 보이는 날짜입니다. {earliest}부터 {latest} 사이의 날짜가',
  },
  'expected.earliestDate': {
    en: 'a date from {earliest} on (an earlier one is most likely a typo)',
    ko: '오타로 보이는 날짜입니다. {earliest} 이후의 날짜가',
  },
  'expected.shortName': {
    en: 'an ID or name of at most {max} characters',
    ko: '{max}자 이하의 ID나 이름이',
  },
  'expected.notNegative': {
    en: 'an amount of 0 or more (an order, product or shipping amount is never negative)',
    ko: '주문·상품·배송 금액은 마이너스일 수 없습니다. 0 이상의 금액이',
  },
  'expected.nonNegativeTotal': {
    en: 'a product amount + shipping − store discount of 0 or more (it comes to {total})',
    ko: '0 이상인 상품 금액 + 배송비 − 스토어 할인(지금은 {total})이',
  },
  'expected.rateInRange': {
    en: 'a rate from 0% to 100%, like 8%',
    ko: '8%처럼 0%에서 100% 사이의 비율이',
  },
  'expected.ledgerHeader': {
    en: 'a header row that names each column once: until it does, the update adds nothing to this tab',
    ko: '머리글을 고칠 때까지 이 탭에 새 행을 더하지 않습니다. 열마다 이름이 하나씩 있는 머리글 행이',
  },
  'expected.oneColumnNamed': {
    en: 'one column named "{header}" (columns {columns} have that name, so which one is meant is unknown)',
    ko: '{columns} 열의 이름이 같아 어느 것을 읽을지 알 수 없습니다. "{header}" 이름의 열 하나만',
  },
  'problem.sentence': {
    en: '{where} — expected {expected}.',
    ko: '{where} — {expected} 필요합니다.',
  },
  'problem.tab': { en: '{tab}', ko: '{tab}' },
  'problem.tabRow': { en: '{tab} row {row}', ko: '{tab} {row}행' },
  'problem.column': { en: '{where}, {column}', ko: '{where}, {column}' },
  'problem.value': { en: '{where}: "{value}"', ko: '{where}: "{value}"' },
  'problem.summary': {
    en: {
      one: '{sentence} And 1 more like this, not listed one by one.',
      other: '{sentence} And {count} more like this, not listed one by one.',
    },
    ko: '{sentence} 같은 종류가 {count}개 더 있습니다(하나씩 적지 않았습니다).',
  },
} as const satisfies Catalogue;

/** A sentence's text in a language; English may have a form per plural category of `{count}`. */
type Text = string | { one: string; other: string };

/** Sentences by key, in both languages. */
export type Catalogue = Readonly<Record<string, { en: Text; ko: string }>>;

/** Every sentence's key: the add-on's, and the command line's (commandLineMessages.ts). */
export type MessageKey = keyof typeof MESSAGES | keyof typeof COMMAND_LINE_MESSAGES;

/**
 * The sentences `t` can render here, by key: the add-on's always; the command line's once
 * commandLineMessages.ts is imported (it adds them here; the add-on never imports it).
 */
export const KNOWN_MESSAGES: Partial<Record<MessageKey, Catalogue[string]>> = { ...MESSAGES };

/** Text given in both languages, for a parameter that is itself words (a column's name). */
export type LocalText = Readonly<Record<Lang, string>>;

/**
 * A sentence for a user before it has a language: a catalogue key and its parameters. Problems,
 * custom-function answers, toasts and CLI errors carry these and are rendered in the user's
 * language at the edge (`render`), so no screen mixes two languages.
 */
export interface Msg {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

export type MessageParam = string | number | LocalText | Msg;
export type MessageParams = Readonly<Record<string, MessageParam>>;

/** @example msg('expected.fxRateFor', { currency: 'EUR' }) */
export function msg(key: MessageKey, params?: MessageParams): Msg {
  return params === undefined ? { key } : { key, params };
}

const pluralRules = { en: new Intl.PluralRules('en'), ko: new Intl.PluralRules('ko') };

/**
 * The message `key` in `lang`, with each `{name}` replaced by `params[name]` (a parameter that is
 * words itself is rendered in `lang` too); English picks its plural form by `{count}`.
 * @example t('update.imported', 'en', { count: 3, problems: 0 }) // 'Added 3 rows to the Ledger · 0 to check'
 */
export function t(key: MessageKey, lang: Lang, params: MessageParams = {}): string {
  const entry = KNOWN_MESSAGES[key];
  if (entry === undefined)
    throw new Error(`"${key}" is a command-line sentence: import commandLineMessages.ts`);
  const text: Text = entry[lang];
  const template = typeof text === 'string' ? text : text[pluralOf(params.count, lang)];
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : paramText(value, lang);
  });
}

/** @example render(msg('expected.fxRateFor', { currency: 'EUR' }), 'ko') // '설정 탭에 EUR 환율이' */
export function render(message: Msg, lang: Lang): string {
  return t(message.key, lang, message.params);
}

function paramText(value: MessageParam, lang: Lang): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return 'key' in value ? render(value as Msg, lang) : (value as LocalText)[lang];
}

function pluralOf(count: MessageParam | undefined, lang: Lang): 'one' | 'other' {
  return typeof count === 'number' && pluralRules[lang].select(count) === 'one' ? 'one' : 'other';
}
