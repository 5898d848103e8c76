import { CUSTOM_FUNCTIONS } from '../core/functions/registry';
import type { CellOut, CustomFunctionSpec, FunctionContext } from '../core/functions/spec';
import { languageOf } from '../core/text/language';
import { plainFailure } from './unexpected';

type CellFunction = (...args: unknown[]) => CellOut | CellOut[][];

/**
 * Custom functions may read the spreadsheet (read-only, no authorisation needed): its time zone
 * and locale decide how dates and numbers are read.
 */
function functionContext(): FunctionContext {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return {
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    locale: spreadsheet.getSpreadsheetLocale(),
    now: new Date(),
  };
}

function toCellFunction(spec: CustomFunctionSpec): CellFunction {
  return (...args) => {
    const ctx = functionContext();
    try {
      const result = spec.run(args, ctx);
      return result.ok ? result.value : result.message;
    } catch (error) {
      // The core answers bad input with messages; this only keeps a bug from showing a stack trace.
      return plainFailure(error, languageOf(ctx.locale));
    }
  };
}

/** name → the function Sheets calls, for every entry of the registry. */
export const customFunctions: Record<string, CellFunction> = Object.fromEntries(
  CUSTOM_FUNCTIONS.map((spec) => [spec.name, toCellFunction(spec)]),
);
