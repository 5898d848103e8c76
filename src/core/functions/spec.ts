import type { Lang } from '../text/language';

/** What a custom function knows about the spreadsheet it runs in. */
export interface FunctionContext {
  timeZone: string;
  locale: string;
  /** The clock: a date of the data more than a day after it is a typo (docs/rules.md §3). */
  now?: Date;
}

export type CellOut = string | number | boolean;

/** Like HyperFormula's typed errors: a function answers a value or a message, never throws. */
export type FunctionResult =
  { ok: true; value: CellOut | CellOut[][] } | { ok: false; message: string };

export interface ParamSpec {
  name: string;
  /** The range shape shown in the JSDoc type, e.g. 'A1:H' (a range) or 'number'. */
  type: string;
  description: Record<Lang, string>;
  optional?: boolean;
}

/** One custom function, declared once: its docs (rendered into dist/Code.js) and its code. */
export interface CustomFunctionSpec {
  name: string;
  summary: Record<Lang, string>;
  params: ParamSpec[];
  returns: Record<Lang, string>;
  example: string;
  run(args: unknown[], ctx: FunctionContext): FunctionResult;
}
