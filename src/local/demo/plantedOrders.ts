import { skuByCode } from './catalog';
import { countryByName } from './countries';
import { DEMO_FACTS } from './facts';
import { clockTime, DAY, HOUR, MINUTE, type DemoTime } from './demoPeriod';
import type { DemoOrder, OrderFactory } from './demoOrders';

/** The orders behind DEMO_FACTS, with the references the other tabs need. */
export interface PlantedOrders {
  all: DemoOrder[];
  duplicated: DemoOrder[];
  latePenalty: DemoOrder;
  bothRefund: DemoOrder;
  settlementOnlyRefund: DemoOrder;
}

/** Every planted id, so that random ids can avoid them. */
export function plantedOrderIds(): string[] {
  const facts = DEMO_FACTS;
  return [
    facts.latestOrderId,
    ...facts.duplicatedOrderIds,
    facts.eurOrder.id,
    facts.amountMismatchOrder.id,
    facts.bulkOrder.id,
    ...facts.otherDateStyleOrders.dotted,
    ...facts.otherDateStyleOrders.monthFirst,
    ...facts.nearShipByOrderIds,
    facts.awaitingPaymentOrderId,
    facts.overdueToShipOrderId,
    facts.latePenalty.orderId,
    facts.bothRefund.orderId,
    facts.settlementOnlyRefund.orderId,
  ];
}

const COMPLETED: Partial<DemoOrder> = {
  payDelay: 3 * MINUTE,
  cancelDelay: null,
  shipDelay: 20 * HOUR,
  receiveDelay: 9 * DAY,
};
const NOT_SHIPPED: Partial<DemoOrder> = {
  payDelay: 2 * MINUTE,
  cancelDelay: null,
  shipDelay: null,
};

type Plant = (id: string, time: DemoTime, country: string, fields: Partial<DemoOrder>) => DemoOrder;

/**
 * Every planted order, planted in a fixed order: each draws its buyer from the factory's
 * stream, so the order of the calls keeps the rest of the demo as it was.
 */
export function plantOrders(factory: OrderFactory): PlantedOrders {
  const plant: Plant = (id, time, country, fields) => {
    const order = factory.make(time, factory.newBuyer(countryByName(country)));
    return Object.assign(order, fields, { id, idSuffix: '', planted: true });
  };
  const duplicated = DEMO_FACTS.duplicatedOrderIds.map((id, week) =>
    plant(id, clockTime(5 + 7 * week, 20, 14), week % 2 === 0 ? 'Spain' : 'Japan', COMPLETED),
  );
  const { latePenalty, bothRefund, settlementOnlyRefund } = plantSettlementOrders(plant);
  const others = plantOtherOrders(plant);
  return {
    all: [...duplicated, latePenalty, bothRefund, settlementOnlyRefund, ...others],
    duplicated,
    latePenalty,
    bothRefund,
    settlementOnlyRefund,
  };
}

/** The orders 정산 and 분쟁 refer to: a late-shipment penalty and the two planted refunds. */
function plantSettlementOrders(plant: Plant) {
  const facts = DEMO_FACTS;
  const latePenalty = plant(facts.latePenalty.orderId, clockTime(50, 10, 12), 'United States', {
    ...COMPLETED,
    shipDelay: 80 * HOUR,
    receiveDelay: 12 * DAY,
  });
  const bothRefund = plant(facts.bothRefund.orderId, clockTime(30, 15, 20), 'Germany', {
    ...COMPLETED,
    ...singleLine('HM-DIFFUSER'),
  });
  const settlementOnlyRefund = plant(
    facts.settlementOnlyRefund.orderId,
    clockTime(38, 12, 0),
    'Poland',
    { ...COMPLETED, ...singleLine('FA-SOCKS-5') },
  );
  return { latePenalty, bothRefund, settlementOnlyRefund };
}

/** The orders whose amounts, dates or states are odd on purpose (DEMO_FACTS). */
function plantOtherOrders(plant: Plant): DemoOrder[] {
  const facts = DEMO_FACTS;
  return [
    plant(facts.latestOrderId, clockTime(55, 23, 59), 'United States', {
      ...NOT_SHIPPED,
      payDelay: 40,
    }),
    plant(facts.eurOrder.id, clockTime(16, 10, 41), 'France', {
      ...COMPLETED,
      ...singleLine('HM-CHOPSTICK'),
      currency: 'EUR',
      productTotal: 2310,
      shipping: 0,
      storeDiscount: 0,
      orderAmount: 2310,
    }),
    plant(facts.amountMismatchOrder.id, clockTime(23, 21, 7), 'Brazil', {
      ...COMPLETED,
      lines: [{ sku: skuByCode('KB-SNAIL-100'), quantity: 2 }],
      productTotal: 3780,
      shipping: 0,
      storeDiscount: 500,
      orderAmount: 3180,
    }),
    plant(facts.bulkOrder.id, clockTime(20, 16, 3), 'Germany', {
      ...COMPLETED,
      ...singleLine(facts.bulkOrder.sku, facts.bulkOrder.quantity),
    }),
    ...facts.otherDateStyleOrders.dotted.map((id, index) =>
      plant(id, clockTime(7 + index, 14, 22), 'Korea', { ...COMPLETED, dateStyle: 'dotted' }),
    ),
    ...facts.otherDateStyleOrders.monthFirst.map((id, index) =>
      plant(id, clockTime(39 + index, 9, 5), 'United States', {
        ...COMPLETED,
        dateStyle: 'monthFirst',
      }),
    ),
    ...facts.nearShipByOrderIds.map((id, index) =>
      plant(id, clockTime(53, [8, 13, 19][index], [10, 25, 40][index]), 'France', NOT_SHIPPED),
    ),
    plant(facts.awaitingPaymentOrderId, clockTime(55, 21, 47), 'Israel', {
      payDelay: null,
      cancelDelay: null,
    }),
    plant(facts.overdueToShipOrderId, clockTime(50, 9, 30), 'Chile', NOT_SHIPPED),
  ];
}

function singleLine(code: string, quantity = 1): Partial<DemoOrder> {
  const sku = skuByCode(code);
  return {
    lines: [{ sku, quantity }],
    productTotal: sku.price * quantity,
    shipping: 0,
    storeDiscount: 0,
    orderAmount: sku.price * quantity,
  };
}
