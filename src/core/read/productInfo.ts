/**
 * The product-information cell of older order exports, which have no product-code column:
 * `【1】 title⏎(产品属性:…)⏎(商家编码:cm-210)⏎(产品数量:10 pieces)⏎【2】 …`. Each 【n】 block is
 * one order line; its seller code is the SKU ('' when the listing has none) and its quantity
 * the count before "piece(s)".
 */
import type { OrderLine } from './records';

const BLOCK_START = /【\d+】/u;
const SELLER_CODE = /[(（]\s*(?:商家编码|商品编码|SKU)\s*[:：]\s*([^)）\n]+?)\s*[)）]/iu;
const QUANTITY = /[(（]\s*(?:产品数量|数量|Quantity|수량)\s*[:：]\s*(\d+)/iu;

/**
 * @example productInfoLines('【1】 Cam⏎(商家编码:cm-210)⏎(产品数量:10 pieces)') // [{ sku: 'cm-210', qty: 10 }]
 */
export function productInfoLines(text: string): OrderLine[] {
  return text
    .split(BLOCK_START)
    .filter((block) => block.trim() !== '')
    .map((block) => ({
      sku: SELLER_CODE.exec(block)?.[1] ?? '',
      qty: Number(QUANTITY.exec(block)?.[1] ?? 1),
    }));
}
