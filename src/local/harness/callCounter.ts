/** Services that make up Apps Script's Spreadsheet service (the calls the quality bar limits). */
const SPREADSHEET_SERVICES = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'ConditionalFormatRuleBuilder',
  'ConditionalFormatRule',
  'BooleanCondition',
  'EmbeddedChartBuilder',
  'EmbeddedChart',
  'DeveloperMetadata',
  'DeveloperMetadataFinder',
  'DeveloperMetadataLocation',
]);

/** Counts every call a script makes on a service object, keyed like 'Range.getValues'. */
export class CallCounter {
  private counts = new Map<string, number>();

  record(service: string, method: string): void {
    const key = `${service}.${method}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  total(): number {
    return this.sum(() => true);
  }

  spreadsheetTotal(): number {
    return this.sum((key) => SPREADSHEET_SERVICES.has(key.slice(0, key.indexOf('.'))));
  }

  byMethod(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  reset(): void {
    this.counts.clear();
  }

  private sum(include: (key: string) => boolean): number {
    let total = 0;
    for (const [key, count] of this.counts) if (include(key)) total += count;
    return total;
  }
}
