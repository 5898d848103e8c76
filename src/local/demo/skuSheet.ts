import { CATALOG } from './catalog';
import type { SheetData } from '../workbookData';
import { sheetOf } from './demoSheet';

/** The seller's own product list; 상품 ID is an extra column linking it to Business Advisor. */
export const SKU_HEADER = [
  'SKU',
  '상품명',
  '원가',
  '통화',
  '재고',
  '판매가',
  '대표 키워드',
  '상품 ID',
];

export function skuSheet(scale: number): SheetData {
  const rows = CATALOG.map((sku) => [
    sku.code,
    sku.title,
    sku.costKrw ?? '',
    'KRW',
    Math.round(sku.stock * scale),
    sku.price / 100,
    sku.keyword,
    sku.productId,
  ]);
  return sheetOf('상품', SKU_HEADER, rows, { 2: '#,##0', 4: '#,##0', 5: '$#,##0.00' });
}
