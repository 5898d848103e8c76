// Registers the add-on's custom functions in HyperFormula, a real formula engine, straight from
// the registry: formulas such as =REAL_MARGIN(Ledger!A1:H20) are then evaluated cell by cell
// the way Sheets would call them (a range argument arrives as a 2D array of cell values).
import {
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from 'hyperformula';
import type { CustomFunctionSpec, FunctionContext } from '../../src/customFunctions/spec';

type Ast = Parameters<FunctionPlugin['runFunction']>[0][number];
type State = Parameters<FunctionPlugin['runFunction']>[1];

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
    implementedFunctions[spec.name] = {
      method,
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
            const result = spec.run(args.map(plainArgument), ctx);
            return (result.ok ? result.value : result.message) as never;
          },
        );
      },
    });
  }
  const translations = Object.fromEntries(specs.map((spec) => [spec.name, spec.name]));
  HyperFormula.registerFunctionPlugin(SellerRoutinePlugin, { enGB: translations });
  return HyperFormula.buildFromSheets(sheets as never, { licenseKey: 'gpl-v3' });
}
