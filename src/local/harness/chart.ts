import { gasEnum, type GasEnumValue } from './gasEnum';
import type { FakeRange } from './range';
import { SERVICE, type ServiceObject } from './serviceBoundary';

const ChartType = gasEnum(
  'AREA',
  'BAR',
  'COLUMN',
  'COMBO',
  'HISTOGRAM',
  'LINE',
  'PIE',
  'SCATTER',
  'TABLE',
);

/** The global `Charts` service; the add-on needs only its ChartType enum. */
export class FakeCharts implements ServiceObject {
  readonly [SERVICE] = 'Charts';
  readonly ChartType = ChartType;
}

interface ChartParts {
  chartType: GasEnumValue;
  ranges: FakeRange[];
}

/**
 * sheet.newChart(): a chart is recorded, not rendered. Its type and ranges are kept for tests to
 * read back; position and options are accepted and not kept (nothing reads them).
 */
export class FakeEmbeddedChartBuilder implements ServiceObject {
  readonly [SERVICE] = 'EmbeddedChartBuilder';
  private readonly parts: ChartParts = { chartType: ChartType.LINE, ranges: [] };

  setChartType(type: GasEnumValue): FakeEmbeddedChartBuilder {
    this.parts.chartType = type;
    return this;
  }

  addRange(range: FakeRange): FakeEmbeddedChartBuilder {
    this.parts.ranges.push(range);
    return this;
  }

  setPosition(
    _anchorRow: number,
    _anchorColumn: number,
    _offsetX: number,
    _offsetY: number,
  ): FakeEmbeddedChartBuilder {
    return this;
  }

  setOption(_option: string, _value: unknown): FakeEmbeddedChartBuilder {
    return this;
  }

  build(): FakeEmbeddedChart {
    return new FakeEmbeddedChart({ ...this.parts, ranges: this.parts.ranges.slice() });
  }
}

export class FakeEmbeddedChart implements ServiceObject {
  readonly [SERVICE] = 'EmbeddedChart';

  constructor(private readonly parts: ChartParts) {}

  getType(): GasEnumValue {
    return this.parts.chartType;
  }

  getRanges(): FakeRange[] {
    return this.parts.ranges.slice();
  }
}
