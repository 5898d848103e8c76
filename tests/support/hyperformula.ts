// Registers the add-on's custom functions in HyperFormula, a real formula engine, straight from
// the registry: formulas such as =REAL_MARGIN(Ledger!A1:H20) are then evaluated cell by cell
// the way Sheets would call them (a range argument arrives as a 2D array of cell values), and a
// function answering a table spills it over the cells below and to the right.
import { TZDate } from '@date-fns/tz';
import {
  ArraySize,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from 'hyperformula';
import type { CellOut, CustomFunctionSpec, FunctionContext } from '../../src/core/functions/spec';

type Ast = Parameters<FunctionPlugin['runFunction']>[0][number];
type State = Parameters<FunctionPlugin['runFunction']>[1];

const MS_PER_DAY = 86_400_000;
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** HyperFormula keeps blanks as a symbol and dates/currencies as wrapped numbers. */
function plainValue(value: unknown): unknown {
  if (typeof value === 'symbol' || value === null || value === undefined) return '';
  if (typeof value === 'object' && 'val' in value) return (value as { val: unknown }).val;
  return value;
}

function plainArgument(arg: unknown): unknown {
  return arg instanceof SimpleRangeValue
    ? arg.data.map((row) => row.map(plainValue))
    : plainValue(arg);
}

/**
 * A spreadsheet holds a date as its wall-clock reading in the spreadsheet's zone: a Date cell
 * becomes the serial number of that reading (HyperFormula would use the process's zone).
 */
function serialInZone(date: Date, timeZone: string): number {
  const wall = new TZDate(date.getTime(), timeZone);
  const wallAsUtc = Date.UTC(
    wall.getFullYear(),
    wall.getMonth(),
    wall.getDate(),
    wall.getHours(),
    wall.getMinutes(),
    wall.getSeconds(),
    wall.getMilliseconds(),
  );
  return (wallAsUtc - SERIAL_EPOCH_MS) / MS_PER_DAY;
}

function sheetCells(sheets: Record<string, unknown[][]>, timeZone: string) {
  return Object.fromEntries(
    Object.entries(sheets).map(([name, rows]) => [
      name,
      rows.map((row) =>
        row.map((cell) => (cell instanceof Date ? serialInZone(cell, timeZone) : cell)),
      ),
    ]),
  );
}

function cellResult(spec: CustomFunctionSpec, args: unknown[], ctx: FunctionContext) {
  const result = spec.run(args.map(plainArgument), ctx);
  return result.ok ? result.value : result.message;
}

const isTable = (value: CellOut | CellOut[][]): value is CellOut[][] => Array.isArray(value);

/**
 * Sheet names keep their order: data sheets listed before the sheet holding the formulas are
 * in place when HyperFormula sizes a spilling result, which it does by running the function.
 * Text stays text (no date or time formats): the parsers must see what the seller pasted, as
 * the local workbook data holds it. Results are not rounded on the way out (Sheets keeps a
 * custom function's number whole; the formatting is the cell's).
 */
export function engineWithCustomFunctions(
  specs: readonly CustomFunctionSpec[],
  ctx: FunctionContext,
  sheets: Record<string, unknown[][]>,
): HyperFormula {
  const implementedFunctions: ImplementedFunctions = {};
  class SellerRoutinePlugin extends FunctionPlugin {
    static override implementedFunctions = implementedFunctions;
  }
  for (const spec of specs) {
    const method = `call_${spec.name}`;
    const sizeMethod = `size_${spec.name}`;
    implementedFunctions[spec.name] = {
      method,
      sizeOfResultArrayMethod: sizeMethod,
      parameters: spec.params.map((param) => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: param.optional ?? false,
      })),
    };
    Object.defineProperty(SellerRoutinePlugin.prototype, method, {
      value(this: FunctionPlugin, ast: { args: Ast[] }, state: State) {
        return this['runFunction'](
          ast.args,
          state,
          this['metadata'](spec.name),
          (...args: unknown[]) => {
            const value = cellResult(spec, args, ctx);
            return (isTable(value) ? SimpleRangeValue.onlyValues(value) : value) as never;
          },
        );
      },
    });
    Object.defineProperty(SellerRoutinePlugin.prototype, sizeMethod, {
      value(this: FunctionPlugin, ast: { args: Ast[] }, state: State) {
        const args = ast.args.map((arg) => this['evaluateAst'](arg, state));
        const value = cellResult(spec, args, ctx);
        return isTable(value)
          ? new ArraySize(value[0]?.length ?? 1, value.length)
          : ArraySize.scalar();
      },
    });
  }
  const translations = Object.fromEntries(specs.map((spec) => [spec.name, spec.name]));
  HyperFormula.registerFunctionPlugin(SellerRoutinePlugin, { enGB: translations });
  return HyperFormula.buildFromSheets(sheetCells(sheets, ctx.timeZone) as never, {
    licenseKey: 'gpl-v3',
    dateFormats: [],
    timeFormats: [],
    smartRounding: false,
  });
}
