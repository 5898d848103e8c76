import { describe, expect, it } from 'vitest';
import { APPS_SCRIPT_MEMBERS } from '../../src/local/harness/appsScriptMembers';
import { declaredMembers } from './appsScriptDeclarations';

/** The @types/google-apps-script interface behind each service name the harness uses. */
const DECLARED_AS: Record<string, string> = {
  SpreadsheetApp: 'Spreadsheet.SpreadsheetApp',
  Spreadsheet: 'Spreadsheet.Spreadsheet',
  Sheet: 'Spreadsheet.Sheet',
  Range: 'Spreadsheet.Range',
  ConditionalFormatRuleBuilder: 'Spreadsheet.ConditionalFormatRuleBuilder',
  ConditionalFormatRule: 'Spreadsheet.ConditionalFormatRule',
  BooleanCondition: 'Spreadsheet.BooleanCondition',
  GradientCondition: 'Spreadsheet.GradientCondition',
  EmbeddedChartBuilder: 'Spreadsheet.EmbeddedChartBuilder',
  EmbeddedChart: 'Spreadsheet.EmbeddedChart',
  DeveloperMetadata: 'Spreadsheet.DeveloperMetadata',
  DeveloperMetadataFinder: 'Spreadsheet.DeveloperMetadataFinder',
  DeveloperMetadataLocation: 'Spreadsheet.DeveloperMetadataLocation',
  Ui: 'Base.Ui',
  Menu: 'Base.Menu',
  HtmlService: 'HTML.HtmlService',
  HtmlOutput: 'HTML.HtmlOutput',
  HtmlTemplate: 'HTML.HtmlTemplate',
  PropertiesService: 'Properties.PropertiesService',
  Properties: 'Properties.Properties',
  LockService: 'Lock.LockService',
  Lock: 'Lock.Lock',
  Charts: 'Charts.Charts',
  CacheService: 'Cache.CacheService',
  Session: 'Base.Session',
  Utilities: 'Utilities.Utilities',
  Logger: 'Base.Logger',
  ScriptApp: 'Script.ScriptApp',
  Trigger: 'Script.Trigger',
  TriggerBuilder: 'Script.TriggerBuilder',
  ClockTriggerBuilder: 'Script.ClockTriggerBuilder',
};

describe('the Apps Script member list the boundary checks against', () => {
  it('covers the same services as their declarations', () => {
    expect(Object.keys(APPS_SCRIPT_MEMBERS).sort()).toEqual(Object.keys(DECLARED_AS).sort());
  });

  it.each(Object.entries(DECLARED_AS))(
    'lists every member of %s that @types declares',
    (service, source) => {
      const { methods, properties } = declaredMembers(source);
      expect([...(APPS_SCRIPT_MEMBERS[service] ?? [])].sort()).toEqual(
        [...methods, ...properties].sort(),
      );
    },
  );
});
