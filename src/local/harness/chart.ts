import { gasEnum, type GasEnumValue } from './gasEnum';
import type { FakeRange } from './range';
import { SERVICE, type ServiceObject } from './serviceBoundary';

/** The global `Charts` service; only its ChartType enum is needed. */
export const Charts = Object.freeze({
  ChartType: gasEnum(
    'AREA',
    'BAR',
    'COLUMN',
    'COMBO',
    'HISTOGRAM',
    'LINE',
    'PIE',
    'SCATTER',
    'TABLE',
  ),
});

interface ChartParts {
  chartId: number;
  chartType: GasEnumValue;
  ranges: FakeRange[];
  options: Map<string, unknown>;
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
}

const copyParts = (parts: ChartParts): ChartParts => ({
  ...parts,
  ranges: parts.ranges.slice(),
  options: new Map(parts.options),
  position: { ...parts.position },
});

/** sheet.newChart() / chart.modify(): charts are recorded, not rendered. */
export class FakeEmbeddedChartBuilder implements ServiceObject {
  readonly [SERVICE] = 'EmbeddedChartBuilder';
  private parts: ChartParts;

  constructor(parts: ChartParts | number) {
    this.parts =
      typeof parts === 'number'
        ? {
            chartId: parts,
            chartType: Charts.ChartType.LINE,
            ranges: [],
            options: new Map(),
            position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
          }
        : copyParts(parts);
  }

  setChartType(type: GasEnumValue): FakeEmbeddedChartBuilder {
    this.parts.chartType = type;
    return this;
  }

  getChartType(): GasEnumValue {
    return this.parts.chartType;
  }

  addRange(range: FakeRange): FakeEmbeddedChartBuilder {
    this.parts.ranges.push(range);
    return this;
  }

  removeRange(range: FakeRange): FakeEmbeddedChartBuilder {
    const a1 = range.getA1Notation();
    this.parts.ranges = this.parts.ranges.filter((other) => other.getA1Notation() !== a1);
    return this;
  }

  clearRanges(): FakeEmbeddedChartBuilder {
    this.parts.ranges = [];
    return this;
  }

  getRanges(): FakeRange[] {
    return this.parts.ranges.slice();
  }

  setPosition(
    anchorRow: number,
    anchorColumn: number,
    offsetX: number,
    offsetY: number,
  ): FakeEmbeddedChartBuilder {
    this.parts.position = { anchorRow, anchorColumn, offsetX, offsetY };
    return this;
  }

  setOption(option: string, value: unknown): FakeEmbeddedChartBuilder {
    this.parts.options.set(option, value);
    return this;
  }

  build(): FakeEmbeddedChart {
    return new FakeEmbeddedChart(copyParts(this.parts));
  }
}

export class FakeEmbeddedChart implements ServiceObject {
  readonly [SERVICE] = 'EmbeddedChart';

  constructor(private readonly parts: ChartParts) {}

  getChartId(): number {
    return this.parts.chartId;
  }

  getType(): GasEnumValue {
    return this.parts.chartType;
  }

  getRanges(): FakeRange[] {
    return this.parts.ranges.slice();
  }

  getOptions(): FakeChartOptions {
    return new FakeChartOptions(new Map(this.parts.options));
  }

  getContainerInfo(): FakeContainerInfo {
    return new FakeContainerInfo({ ...this.parts.position });
  }

  modify(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.parts);
  }
}

export class FakeChartOptions implements ServiceObject {
  readonly [SERVICE] = 'ChartOptions';

  constructor(private readonly options: Map<string, unknown>) {}

  get(option: string): unknown {
    return this.options.get(option) ?? null;
  }
}

export class FakeContainerInfo implements ServiceObject {
  readonly [SERVICE] = 'ContainerInfo';

  constructor(private readonly position: ChartParts['position']) {}

  getAnchorRow(): number {
    return this.position.anchorRow;
  }

  getAnchorColumn(): number {
    return this.position.anchorColumn;
  }

  getOffsetX(): number {
    return this.position.offsetX;
  }

  getOffsetY(): number {
    return this.position.offsetY;
  }
}
