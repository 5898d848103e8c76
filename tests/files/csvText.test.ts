import { describe, expect, it, vi } from 'vitest';
import { parseCsvText, WorkbookFileError } from '../../src/local/workbookFile';
import { render } from '../../src/core/text/messages';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The sentence of the WorkbookFileError that `read` throws, in Korean. */
function koreanSentenceOf(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookFileError);
    return render((error as WorkbookFileError).sentence, 'ko');
  }
  throw new Error('nothing was thrown');
}
const withUtf8Bom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());

const ORDERS = '주문 ID,금액\r\n8123456789012345,12.50\r\n';
const ORDER_ROWS = [
  ['주문 ID', '금액'],
  ['8123456789012345', '12.50'],
];

describe('parseCsvText decoding', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(parseCsvText(utf8(ORDERS))).toEqual(ORDER_ROWS);
  });

  it('strips a UTF-8 BOM from the first cell', () => {
    expect(parseCsvText(withUtf8Bom(ORDERS))).toEqual(ORDER_ROWS);
  });

  it('reads UTF-16LE and UTF-16BE with a BOM', () => {
    expect(parseCsvText(utf16le(`\uFEFF${ORDERS}`))).toEqual(ORDER_ROWS);
    expect(parseCsvText(utf16be(`\uFEFF${ORDERS}`))).toEqual(ORDER_ROWS);
  });

  it('reads UTF-16LE without a BOM by its NUL bytes', () => {
    expect(parseCsvText(utf16le(ORDERS))).toEqual(ORDER_ROWS);
  });

  it('reads CP949, what Korean Windows Excel saves as CSV', () => {
    // "주문,금액\r\n" in CP949
    const bytes = new Uint8Array([
      0xc1, 0xd6, 0xb9, 0xae, 0x2c, 0xb1, 0xdd, 0xbe, 0xd7, 0x0d, 0x0a,
    ]);
    expect(parseCsvText(bytes)).toEqual([['주문', '금액']]);
  });

  it('keeps a U+FEFF inside a cell, as AliExpress product descriptions have', () => {
    expect(parseCsvText(utf8('a,b\uFEFF\n'))).toEqual([['a', 'b\uFEFF']]);
  });

  it('refuses bytes that are no text, naming the file', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]);
    expect(() => parseCsvText(zip, 'orders.csv')).toThrow(WorkbookFileError);
    expect(() => parseCsvText(zip, 'orders.csv')).toThrow(
      'orders.csv is not UTF-8, UTF-16 or Korean (CP949) text. Please save it again as CSV.',
    );
    expect(koreanSentenceOf(() => parseCsvText(zip, 'orders.csv'))).toBe(
      'orders.csv 파일이 UTF-8, UTF-16, 한국어(CP949) 텍스트가 아닙니다. CSV로 다시 저장해 주세요.',
    );
  });

  it('names a file too long for one string instead of calling it no text', () => {
    // A CSV of over 512 MB: its text is more than Node can hold in one string.
    const tooLong = Object.assign(new Error('Cannot create a string longer than 0x1fffffe8'), {
      code: 'ERR_STRING_TOO_LONG',
    });
    const decode = vi.spyOn(TextDecoder.prototype, 'decode').mockImplementation(() => {
      throw tooLong;
    });
    try {
      expect(() => parseCsvText(utf8('a,b\n'), 'orders.csv')).toThrow(
        'orders.csv is too big to read: it holds more than 536,870,888 characters.',
      );
      expect(koreanSentenceOf(() => parseCsvText(utf8('a,b\n'), 'orders.csv'))).toBe(
        'orders.csv 파일이 너무 커서 읽을 수 없습니다. 글자 수가 536,870,888자를 넘습니다.',
      );
    } finally {
      decode.mockRestore();
    }
  });
});

describe('parseCsvText parsing', () => {
  it('keeps a line break inside a quoted header cell, as in AliExpress order exports', () => {
    const text =
      '订单号,"产品信息\n（双击单元格展开所有产品信息！）",订单金额\r\n3012345678901234,"【1】 Case\r\n【2】 Cable",US $3.00\r\n';
    expect(parseCsvText(withUtf8Bom(text))).toEqual([
      ['订单号', '产品信息\n（双击单元格展开所有产品信息！）', '订单金额'],
      ['3012345678901234', '【1】 Case\r\n【2】 Cable', 'US $3.00'],
    ]);
  });

  it('reads tab-separated text, e.g. Excel "Unicode text"', () => {
    const text = '\uFEFF주문 ID\t금액\t메모\r\n8123456789012345\t"1,234.50"\ta, b\r\n';
    expect(parseCsvText(utf16le(text))).toEqual([
      ['주문 ID', '금액', '메모'],
      ['8123456789012345', '1,234.50', 'a, b'],
    ]);
  });

  it('tells TSV from CSV by the header even when rows are ragged', () => {
    expect(parseCsvText(utf8('id\tname\tnote\n1\n2\tb,c\n'))).toEqual([
      ['id', 'name', 'note'],
      ['1', '', ''],
      ['2', 'b,c', ''],
    ]);
  });

  it('keeps every cell as text: long ids, leading zeros, numbers, formulas', () => {
    const text = 'id,zip,amount,exp,f\n3012345678901234567,01234,0012.50,1e5,=1+1\n';
    expect(parseCsvText(utf8(text))).toEqual([
      ['id', 'zip', 'amount', 'exp', 'f'],
      ['3012345678901234567', '01234', '0012.50', '1e5', '=1+1'],
    ]);
  });

  it('reads back every cell of a file with more distinct texts than are remembered', () => {
    // 70,000 distinct ids in two columns, beside a column of few texts that turn over halfway.
    const ids = Array.from({ length: 70_000 }, (_, i) => `ORDER-${i}-${'가'.repeat(i % 3)}`);
    const status = (i: number) => `상태 ${i < 35_000 ? i % 5 : i % 7_000}`;
    const rows = ids.map((id, i) => [id, ids[(i * 7919) % ids.length] as string, status(i)]);
    const text = rows.map((row) => row.join(',')).join('\r\n');
    expect(parseCsvText(utf8(text))).toEqual(rows);
  });

  it('pads ragged rows to the widest row and keeps inner empty lines', () => {
    expect(parseCsvText(utf8('a,b\n1\n\n2,3,4\n'))).toEqual([
      ['a', 'b', ''],
      ['1', '', ''],
      ['', '', ''],
      ['2', '3', '4'],
    ]);
  });

  it('drops trailing empty lines and empty trailing columns', () => {
    expect(parseCsvText(utf8('a,b,,\n1,2,,\n,,,\n\n\n'))).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps columns with an empty header when cells below have values', () => {
    expect(parseCsvText(utf8('订单号,,\n1,P007,网银\n'))).toEqual([
      ['订单号', '', ''],
      ['1', 'P007', '网银'],
    ]);
  });

  it('reads an empty file, or one with only a BOM, as no rows', () => {
    expect(parseCsvText(new Uint8Array())).toEqual([]);
    expect(parseCsvText(withUtf8Bom(''))).toEqual([]);
  });

  it('refuses a quoted field that never closes, naming the file and row', () => {
    const text = 'id,memo\n1,ok\n2,"broken\n3,lost\n';
    expect(() => parseCsvText(utf8(text), 'orders.csv')).toThrow(
      'orders.csv has a quoted field opened in row 3 that never closes.',
    );
    expect(() => parseCsvText(utf8(text))).toThrow(
      'The CSV text has a quoted field opened in row 3 that never closes.',
    );
    expect(koreanSentenceOf(() => parseCsvText(utf8(text)))).toBe(
      '붙여 넣은 CSV 파일의 3행에서 시작한 따옴표가 닫히지 않습니다.',
    );
  });
});
