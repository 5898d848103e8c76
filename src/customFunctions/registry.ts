import { REAL_MARGIN } from './realMargin';
import type { CustomFunctionSpec } from './spec';

/** Every custom function of the add-on, declared once (the JSDoc entry is generated from this). */
export const CUSTOM_FUNCTIONS: readonly CustomFunctionSpec[] = [REAL_MARGIN];
