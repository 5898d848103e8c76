import { describe, expect, it } from 'vitest';
import { scriptSpreadsheet } from './observedKit';

function columnChartOf(
  sheet: ReturnType<typeof scriptSpreadsheet>['sheet'],
  charts: { ChartType: { COLUMN: unknown } },
) {
  return sheet
    .newChart()
    .setChartType(charts.ChartType.COLUMN as never)
    .addRange(sheet.getRange('A1:A5'))
    .addRange(sheet.getRange('B1:B5'))
    .setPosition(1, 4, 0, 0)
    .setOption('title', '주간 마진')
    .build();
}

describe('charts, as observed in Apps Script', () => {
  // testsheetschart.js, "Sheet.insertChart() and related methods": sheet.insertChart(chart);
  // t.is(sheet.getCharts().length > 0, true, "sheet.getCharts() should contain the new chart")
  it('lists an inserted chart among the sheet’s charts', () => {
    const { sheet, services } = scriptSpreadsheet();
    expect(sheet.getCharts()).toEqual([]);
    sheet.insertChart(columnChartOf(sheet, services.Charts));
    expect(sheet.getCharts()).toHaveLength(1);
  });

  // testsheetschart.js, same section: t.is(chart.modify().getChartType().toString(), "COLUMN")
  it('keeps the chart type it was built with', () => {
    const { env, sheet, services } = scriptSpreadsheet();
    sheet.insertChart(columnChartOf(sheet, services.Charts));
    // Read on the harness side: a script reads the type through modify(), which the add-on never calls.
    expect(String(env.spreadsheet.getSheets()[0]!.getCharts()[0]!.getType())).toBe('COLUMN');
  });

  // testsheetschart.js, "EmbeddedChart.getRanges()": t.is(ranges.length, 2); A1:A5 and B1:B5 present
  it('reports every range added to the chart', () => {
    const { sheet, services } = scriptSpreadsheet();
    const chart = columnChartOf(sheet, services.Charts);
    sheet.insertChart(chart);
    expect(chart.getRanges().map((range) => range.getA1Notation())).toEqual(['A1:A5', 'B1:B5']);
  });
});
