import { describe, expect, it } from 'vitest';
import { LEDGER_TYPES, ledgerSign, parseLedgerType } from '../../src/core/ledger/ledgerType';

describe('parseLedgerType', () => {
  it.each([
    ['Sale', 'sale'],
    ['매출', 'sale'],
    [' sales ', 'sale'],
    ['환불', 'refund'],
    ['COGS', 'cogs'],
    ['원가', 'cogs'],
    ['배송비', 'shipping'],
    ['포장비', 'packaging'],
    ['FEE', 'fee'],
    ['수수료', 'fee'],
    ['제휴수수료', 'affiliate'],
    ['제휴 수수료', 'affiliate'],
    ['Ad', 'ad'],
    ['광고비', 'ad'],
    ['쿠폰', 'coupon'],
    ['Penalty', 'penalty'],
    ['벌금', 'penalty'],
    ['기타', 'other'],
  ])('reads %j as %s', (text, type) => {
    expect(parseLedgerType(text)).toBe(type);
  });

  it.each(['', 'Salary', 42, null, '매출액이요'])('does not guess a type for %j', (cell) => {
    expect(parseLedgerType(cell)).toBeNull();
  });
});

describe('ledgerSign', () => {
  it('adds sales and subtracts every other type', () => {
    expect(LEDGER_TYPES.filter((type) => ledgerSign(type) === 1)).toEqual(['sale']);
    expect(LEDGER_TYPES.filter((type) => ledgerSign(type) === -1)).toHaveLength(10);
  });
});
