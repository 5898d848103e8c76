/**
 * What Apps Script has on each service object the harness exposes, by the harness's service name:
 * every method and property `@types/google-apps-script` declares for it, inherited ones included
 * (tests/harness/appsScriptMembers.test.ts keeps this list equal to those declarations). The
 * service boundary reports a member on this list that the harness lacks by its Apps Script name,
 * instead of letting it read as undefined.
 */
const members = (names: string): ReadonlySet<string> => new Set(names.trim().split(/\s+/));

export const APPS_SCRIPT_MEMBERS: Readonly<Record<string, ReadonlySet<string>>> = {
  SpreadsheetApp: members(`
    AutoFillSeries BandingTheme BooleanCriteria BorderStyle ColorType CopyPasteType
    DataExecutionErrorCode DataExecutionState DataSourceParameterType DataSourceType
    DataValidationCriteria DeveloperMetadataLocationType DeveloperMetadataVisibility Dimension
    Direction GroupControlTogglePosition InterpolationType PivotTableSummarizeFunction
    PivotValueDisplayType ProtectionType RecalculationInterval RelativeDate SheetType
    TextDirection TextToColumnsDelimiter ThemeColorType ValueType WrapStrategy create
    enableAllDataSourcesExecution enableBigQueryExecution flush getActive getActiveRange
    getActiveRangeList getActiveSheet getActiveSpreadsheet getCurrentCell getSelection getUi
    newCellImage newColor newConditionalFormatRule newDataSourceSpec newDataValidation
    newFilterCriteria newRichTextValue newTextStyle open openById openByUrl setActiveRange
    setActiveRangeList setActiveSheet setActiveSpreadsheet setCurrentCell
  `),
  Spreadsheet: members(`
    addDeveloperMetadata addEditor addEditors addMenu addViewer addViewers appendRow
    autoResizeColumn copy createDeveloperMetadataFinder createTextFinder deleteActiveSheet
    deleteColumn deleteColumns deleteRow deleteRows deleteSheet duplicateActiveSheet getActiveCell
    getActiveRange getActiveRangeList getActiveSheet getAs getBandings getBlob getColumnWidth
    getCurrentCell getDataRange getDataSourceTables getDeveloperMetadata getEditors getFormUrl
    getFrozenColumns getFrozenRows getId getImages getIterativeCalculationConvergenceThreshold
    getLastColumn getLastRow getMaxIterativeCalculationCycles getName getNamedRanges getNumSheets
    getOwner getPredefinedSpreadsheetThemes getProtections getRange getRangeByName getRangeList
    getRecalculationInterval getRowHeight getSelection getSheetById getSheetByName getSheetId
    getSheetName getSheetProtection getSheetValues getSheets getSpreadsheetLocale
    getSpreadsheetTheme getSpreadsheetTimeZone getUrl getViewers hideColumn hideRow
    insertColumnAfter insertColumnBefore insertColumnsAfter insertColumnsBefore insertImage
    insertRowAfter insertRowBefore insertRowsAfter insertRowsBefore insertSheet
    insertSheetWithDataSourceTable isAnonymousView isAnonymousWrite isColumnHiddenByUser
    isIterativeCalculationEnabled isRowHiddenByFilter isRowHiddenByUser moveActiveSheet
    moveChartToObjectSheet removeEditor removeMenu removeNamedRange removeViewer rename
    renameActiveSheet resetSpreadsheetTheme setActiveRange setActiveRangeList setActiveSelection
    setActiveSheet setAnonymousAccess setColumnWidth setCurrentCell setFrozenColumns setFrozenRows
    setIterativeCalculationConvergenceThreshold setIterativeCalculationEnabled
    setMaxIterativeCalculationCycles setNamedRange setRecalculationInterval setRowHeight
    setSheetProtection setSpreadsheetLocale setSpreadsheetTheme setSpreadsheetTimeZone show sort
    toast unhideColumn unhideRow updateMenu
  `),
  Sheet: members(`
    activate addDeveloperMetadata appendRow asDataSourceSheet autoResizeColumn autoResizeColumns
    autoResizeRows clear clearConditionalFormatRules clearContents clearFormats clearNotes
    collapseAllColumnGroups collapseAllRowGroups copyTo createDeveloperMetadataFinder
    createTextFinder deleteColumn deleteColumns deleteRow deleteRows expandAllColumnGroups
    expandAllRowGroups expandColumnGroupsUpToDepth expandRowGroupsUpToDepth getActiveCell
    getActiveRange getActiveRangeList getBandings getCharts getColumnGroup
    getColumnGroupControlPosition getColumnGroupDepth getColumnWidth getConditionalFormatRules
    getCurrentCell getDataRange getDataSourceTables getDeveloperMetadata getDrawings getFilter
    getFormUrl getFrozenColumns getFrozenRows getImages getIndex getLastColumn getLastRow
    getMaxColumns getMaxRows getName getNamedRanges getParent getPivotTables getProtections
    getRange getRangeList getRowGroup getRowGroupControlPosition getRowGroupDepth getRowHeight
    getSelection getSheetId getSheetName getSheetProtection getSheetValues getSlicers getTabColor
    getType hasHiddenGridlines hideColumn hideColumns hideRow hideRows hideSheet insertChart
    insertColumnAfter insertColumnBefore insertColumns insertColumnsAfter insertColumnsBefore
    insertImage insertRowAfter insertRowBefore insertRows insertRowsAfter insertRowsBefore
    insertSlicer isColumnHiddenByUser isRightToLeft isRowHiddenByFilter isRowHiddenByUser
    isSheetHidden moveColumns moveRows newChart protect removeChart setActiveRange
    setActiveRangeList setActiveSelection setColumnGroupControlPosition setColumnWidth
    setColumnWidths setConditionalFormatRules setCurrentCell setFrozenColumns setFrozenRows
    setHiddenGridlines setName setRightToLeft setRowGroupControlPosition setRowHeight
    setRowHeights setRowHeightsForced setSheetProtection setTabColor showColumns showRows
    showSheet sort unhideColumn unhideRow updateChart
  `),
  Range: members(`
    activate activateAsCurrentCell addDeveloperMetadata applyColumnBanding applyRowBanding
    autoFill autoFillToNeighbor breakApart canEdit check clear clearContent clearDataValidations
    clearFormat clearNote collapseGroups copyFormatToRange copyTo copyValuesToRange
    createDataSourcePivotTable createDataSourceTable createDeveloperMetadataFinder createFilter
    createPivotTable createTextFinder deleteCells expandGroups getA1Notation getBackground
    getBackgroundObject getBackgroundObjects getBackgrounds getBandings getCell getColumn
    getDataRegion getDataSourceFormula getDataSourceFormulas getDataSourcePivotTables
    getDataSourceTables getDataSourceUrl getDataTable getDataValidation getDataValidations
    getDeveloperMetadata getDisplayValue getDisplayValues getFilter getFontColor
    getFontColorObject getFontColorObjects getFontColors getFontFamilies getFontFamily getFontLine
    getFontLines getFontSize getFontSizes getFontStyle getFontStyles getFontWeight getFontWeights
    getFormula getFormulaR1C1 getFormulas getFormulasR1C1 getGridId getHeight
    getHorizontalAlignment getHorizontalAlignments getLastColumn getLastRow getMergedRanges
    getNextDataCell getNote getNotes getNumColumns getNumRows getNumberFormat getNumberFormats
    getRichTextValue getRichTextValues getRow getRowIndex getSheet getTextDirection
    getTextDirections getTextRotation getTextRotations getTextStyle getTextStyles getValue
    getValues getVerticalAlignment getVerticalAlignments getWidth getWrap getWrapStrategies
    getWrapStrategy getWraps insertCells insertCheckboxes isBlank isChecked isEndColumnBounded
    isEndRowBounded isPartOfMerge isStartColumnBounded isStartRowBounded merge mergeAcross
    mergeVertically moveTo offset protect randomize removeCheckboxes removeDuplicates
    setBackground setBackgroundObject setBackgroundObjects setBackgroundRGB setBackgrounds
    setBorder setDataValidation setDataValidations setFontColor setFontColorObject
    setFontColorObjects setFontColors setFontFamilies setFontFamily setFontLine setFontLines
    setFontSize setFontSizes setFontStyle setFontStyles setFontWeight setFontWeights setFormula
    setFormulaR1C1 setFormulas setFormulasR1C1 setHorizontalAlignment setHorizontalAlignments
    setNote setNotes setNumberFormat setNumberFormats setRichTextValue setRichTextValues
    setShowHyperlink setTextDirection setTextDirections setTextRotation setTextRotations
    setTextStyle setTextStyles setValue setValues setVerticalAlignment setVerticalAlignments
    setVerticalText setWrap setWrapStrategies setWrapStrategy setWraps shiftColumnGroupDepth
    shiftRowGroupDepth sort splitTextToColumns trimWhitespace uncheck
  `),
  ConditionalFormatRuleBuilder: members(`
    build copy getBooleanCondition getGradientCondition getRanges setBackground setBold
    setFontColor setGradientMaxpoint setGradientMaxpointWithValue setGradientMidpointWithValue
    setGradientMinpoint setGradientMinpointWithValue setItalic setRanges setStrikethrough
    setUnderline whenCellEmpty whenCellNotEmpty whenDateAfter whenDateBefore whenDateEqualTo
    whenFormulaSatisfied whenNumberBetween whenNumberEqualTo whenNumberGreaterThan
    whenNumberGreaterThanOrEqualTo whenNumberLessThan whenNumberLessThanOrEqualTo
    whenNumberNotBetween whenNumberNotEqualTo whenTextContains whenTextDoesNotContain
    whenTextEndsWith whenTextEqualTo whenTextStartsWith withCriteria
  `),
  ConditionalFormatRule: members(`
    copy getBooleanCondition getGradientCondition getRanges
  `),
  BooleanCondition: members(`
    getBackground getBold getCriteriaType getCriteriaValues getFontColor getItalic
    getStrikethrough getUnderline
  `),
  GradientCondition: members(`
    getMaxColor getMaxType getMaxValue getMidColor getMidType getMidValue getMinColor getMinType
    getMinValue
  `),
  EmbeddedChartBuilder: members(`
    addRange asAreaChart asBarChart asColumnChart asComboChart asHistogramChart asLineChart
    asPieChart asScatterChart asTableChart build clearRanges getChartType getContainer getRanges
    removeRange setChartType setHiddenDimensionStrategy setMergeStrategy setNumHeaders setOption
    setPosition setTransposeRowsAndColumns
  `),
  EmbeddedChart: members(`
    getAs getBlob getChartId getContainerInfo getHiddenDimensionStrategy getMergeStrategy
    getNumHeaders getOptions getRanges getTransposeRowsAndColumns modify
  `),
  DeveloperMetadata: members(`
    getId getKey getLocation getValue getVisibility moveToColumn moveToRow moveToSheet
    moveToSpreadsheet remove setKey setValue setVisibility
  `),
  DeveloperMetadataFinder: members(`
    find onIntersectingLocations withId withKey withLocationType withValue withVisibility
  `),
  DeveloperMetadataLocation: members(`
    getColumn getLocationType getRow getSheet getSpreadsheet
  `),
  Ui: members(`
    Button ButtonSet alert createAddonMenu createMenu prompt showDialog showModalDialog
    showModelessDialog showSidebar
  `),
  Menu: members(`
    addItem addSeparator addSubMenu addToUi
  `),
  HtmlService: members(`
    SandboxMode XFrameOptionsMode createHtmlOutput createHtmlOutputFromFile createTemplate
    createTemplateFromFile getUserAgent
  `),
  HtmlOutput: members(`
    addMetaTag append appendUntrusted asTemplate clear getAs getBlob getContent getFaviconUrl
    getHeight getMetaTags getTitle getWidth setContent setFaviconUrl setHeight setSandboxMode
    setTitle setWidth setXFrameOptionsMode
  `),
  HtmlTemplate: members(`
    evaluate getCode getCodeWithComments getRawContent
  `),
  PropertiesService: members(`
    getDocumentProperties getScriptProperties getUserProperties
  `),
  Properties: members(`
    deleteAllProperties deleteProperty getKeys getProperties getProperty setProperties setProperty
  `),
  LockService: members(`
    getDocumentLock getScriptLock getUserLock
  `),
  Lock: members(`
    hasLock releaseLock tryLock waitLock
  `),
  Charts: members(`
    ChartHiddenDimensionStrategy ChartMergeStrategy ChartType ColumnType CurveStyle PointStyle
    Position newAreaChart newBarChart newColumnChart newDataTable newDataViewDefinition
    newLineChart newPieChart newScatterChart newTableChart newTextStyle
  `),
  CacheService: members(`
    getDocumentCache getScriptCache getUserCache
  `),
  Session: members(`
    getActiveUser getActiveUserLocale getEffectiveUser getScriptTimeZone getTemporaryActiveUserKey
    getTimeZone getUser
  `),
  Utilities: members(`
    Charset DigestAlgorithm MacAlgorithm RsaAlgorithm base64Decode base64DecodeWebSafe
    base64Encode base64EncodeWebSafe computeDigest computeHmacSha256Signature computeHmacSignature
    computeRsaSha1Signature computeRsaSha256Signature computeRsaSignature formatDate formatString
    getUuid gzip jsonParse jsonStringify newBlob parseCsv parseDate sleep ungzip unzip zip
  `),
  Logger: members(`
    clear getLog log
  `),
  ScriptApp: members(`
    AuthMode AuthorizationStatus EventType InstallationSource TriggerSource WeekDay deleteTrigger
    getAuthorizationInfo getIdentityToken getInstallationSource getOAuthToken getProjectKey
    getProjectTriggers getScriptId getScriptTriggers getService getUserTriggers invalidateAuth
    newStateToken newTrigger requireAllScopes requireScopes
  `),
  Trigger: members(`
    getEventType getHandlerFunction getTriggerSource getTriggerSourceId getUniqueId
  `),
  TriggerBuilder: members(`
    forDocument forForm forSpreadsheet forUserCalendar timeBased
  `),
  ClockTriggerBuilder: members(`
    after at atDate atHour create everyDays everyHours everyMinutes everyWeeks inTimezone
    nearMinute onMonthDay onWeekDay
  `),
};
