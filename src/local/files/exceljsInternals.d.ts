// The parts of exceljs (and of unzipper, the zip reader exceljs itself uses) that the streaming
// .xlsx loader calls. exceljs ships types for its public API only; these are the signatures of
// exceljs 4.4 and unzipper 0.10 as far as xlsxFile.ts uses them.

declare module 'exceljs/lib/utils/parse-sax.js' {
  export type SaxEvent =
    | { eventType: 'opentag'; value: { name: string; attributes: Record<string, string> } }
    | { eventType: 'closetag'; value: { name: string } }
    | { eventType: 'text'; value: string };
  /** The XML of `chunks` as SAX events, a batch per chunk. */
  export default function parseSax(chunks: AsyncIterable<unknown>): AsyncGenerator<SaxEvent[]>;
}

declare module 'exceljs/lib/utils/utils.js' {
  const utils: {
    isDateFmt(format: string | undefined): boolean;
    excelToDate(serial: number, date1904?: boolean): Date;
  };
  export default utils;
}

declare module 'exceljs/lib/utils/col-cache.js' {
  const colCache: {
    decodeAddress(address: string): { row: number; col: number; address: string };
    decode(range: string): {
      top?: number;
      left?: number;
      bottom?: number;
      right?: number;
      row?: number;
      col?: number;
    };
    encodeAddress(row: number, col: number): string;
  };
  export default colCache;
}

declare module 'exceljs/lib/utils/shared-formula.js' {
  export function slideFormula(formula: string, fromCell: string, toCell: string): string;
}

declare module 'exceljs/lib/xlsx/xform/core/core-xform.js' {
  export default class CoreXform {
    parseStream(stream: NodeJS.ReadableStream): Promise<{ description?: string } | undefined>;
  }
}

declare module 'exceljs/lib/xlsx/xform/core/relationships-xform.js' {
  export default class RelationshipsXform {
    parseStream(
      stream: NodeJS.ReadableStream,
    ): Promise<Array<{ Id: string; Target: string }> | undefined>;
  }
}

declare module 'exceljs/lib/xlsx/xform/book/workbook-xform.js' {
  export default class WorkbookXform {
    parseStream(stream: NodeJS.ReadableStream): Promise<
      | {
          sheets?: Array<{ name: string; rId: string }>;
          properties?: { date1904?: boolean };
        }
      | undefined
    >;
  }
}

declare module 'exceljs/lib/xlsx/xform/strings/shared-strings-xform.js' {
  export default class SharedStringsXform {
    parseStream(stream: NodeJS.ReadableStream): Promise<unknown>;
    /** A plain text, or rich text as runs. */
    getString(index: number): string | { richText: Array<{ text: string }> } | undefined;
  }
}

declare module 'exceljs/lib/xlsx/xform/style/styles-xform.js' {
  export default class StylesXform {
    parseStream(stream: NodeJS.ReadableStream): Promise<unknown>;
    getStyleModel(id: number): { numFmt?: string } | null;
  }
}

declare module 'unzipper' {
  export interface ZipEntry {
    path: string;
    type: 'File' | 'Directory';
    stream(): NodeJS.ReadableStream;
  }
  export const Open: {
    /** Reads the zip's central directory; each entry is inflated only when streamed. */
    file(path: string): Promise<{ files: ZipEntry[] }>;
  };
}
