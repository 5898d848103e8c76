/**
 * The command line's own sentences (seller-routine, src/local): its refusals and what it says
 * about workbook files, in English and Korean. They live beside the add-on's catalogue
 * (messages.ts) but apart from it, so that dist/Code.js does not carry sentences only the
 * command line says; importing this file adds them to what `t` and `render` know.
 */
import { KNOWN_MESSAGES, type Catalogue } from './messages';

export const COMMAND_LINE_MESSAGES = {
  // ── The command line (seller-routine): its own refusals, in the language of the terminal's
  // locale (src/local/cli/cliLanguage.ts). `{option}`, `{example}` and `{known}` are command-line
  // syntax, the same in both languages; the usage line printed after some of them stays English.
  'cli.noCommand': {
    en: 'Please give a command and a workbook, as below.',
    ko: '명령과 파일을 아래처럼 적어 주세요.',
  },
  'cli.unknownCommand': {
    en: 'There is no command "{command}": use {known}, as below.',
    ko: '"{command}" 명령은 없습니다. 아래처럼 {known} 명령을 써 주세요.',
  },
  'cli.noPath': {
    en: 'Please name the Excel file (.xlsx) or the folder of CSV files to update, as below.',
    ko: '업데이트할 엑셀 파일(.xlsx)이나 CSV 파일이 든 폴더를 아래처럼 적어 주세요.',
  },
  'cli.tooManyPaths': {
    en: {
      one: 'Please give one workbook or folder only; 1 more was given: {extra}. Put a path with spaces in quotes.',
      other:
        'Please give one workbook or folder only; {count} more were given: {extra}. Put a path with spaces in quotes.',
    },
    ko: '파일이나 폴더는 하나만 적어 주세요. 더 적힌 값 {count}개: {extra}. 경로에 빈칸이 있으면 따옴표로 감싸 주세요.',
  },
  'cli.unknownOption': {
    en: 'There is no option {option}. The options are listed below.',
    ko: '{option} 옵션은 없습니다. 쓸 수 있는 옵션은 아래와 같습니다.',
  },
  'cli.optionNeedsValue': {
    en: '{option} needs a value after it, like {option} {example}.',
    ko: '{option} 뒤에 값을 적어 주세요. 예: {option} {example}',
  },
  'cli.optionTakesNoValue': {
    en: '{option} takes no value: write {option} alone.',
    ko: '{option}에는 값을 붙이지 않습니다. {option}만 적어 주세요.',
  },
  'cli.badCommandLine': {
    en: 'This command line cannot be read. Please write it as below.',
    ko: '명령을 읽을 수 없습니다. 아래처럼 적어 주세요.',
  },
  'cli.badDay': {
    en: '{option} takes a real day like 2025-03-09, not "{value}".',
    ko: '{option}에 쓸 수 없는 날짜입니다: "{value}". 2025-03-09처럼 달력에 있는 날짜를 적어 주세요.',
  },
  'cli.badDayOrTime': {
    en: '{option} takes a real day like 2025-03-09 or a day and time like 2025-03-09T14:30, not "{value}".',
    ko: '{option}에 쓸 수 없는 날짜입니다: "{value}". 2025-03-09처럼 날짜만, 또는 2025-03-09T14:30처럼 날짜와 시각을 적어 주세요.',
  },
  'cli.noOrdersOrLedger': {
    en: '{path} has no Orders or Ledger tab, so there is nothing to update. Add your order export as the Orders tab (in a folder, Orders.csv).',
    ko: '{path}에 주문 탭도 원장 탭도 없어 업데이트할 것이 없습니다. 주문 내보내기를 주문 탭(폴더라면 주문.csv)으로 넣어 주세요.',
  },
  'cli.pasted': { en: '{path} with {folder} pasted', ko: '{folder} 폴더를 붙여 넣은 {path}' },
  'cli.unexpected': {
    en: 'Something unexpected stopped the command. The details are in {log}; please try again, and if it keeps happening, send us that file.',
    ko: '예상하지 못한 문제로 명령이 멈췄습니다. 자세한 내용은 {log} 파일에 적어 두었습니다. 다시 해 보고, 계속되면 이 파일을 보내 주세요.',
  },
  'cli.unexpectedNoLog': {
    en: 'Something unexpected stopped the command. Please try again; if it keeps happening, let us know.',
    ko: '예상하지 못한 문제로 명령이 멈췄습니다. 다시 해 보고, 계속되면 알려 주세요.',
  },
  // ── Workbook files the command line reads and saves (src/local/files). `{reason}` is one of the
  // file.reason.* keys: an English clause that ends the sentence, a whole Korean sentence.
  'file.notFound': {
    en: 'No file or folder found at {path}. Please check the name and where it is.',
    ko: '파일이나 폴더를 찾을 수 없습니다: {path}. 이름과 위치를 확인해 주세요.',
  },
  'file.cannotOpen': {
    en: 'Cannot open {path}: {reason}.',
    ko: '열 수 없습니다: {path}. {reason}',
  },
  'file.unsupported': {
    en: '{path} is not a file this tool can open: use an Excel file (.xlsx), a .csv, .tsv or .txt file, or a folder of .csv files.',
    ko: '열 수 없는 종류의 파일입니다: {path}. 엑셀 파일(.xlsx), .csv·.tsv·.txt 파일, 또는 .csv 파일이 든 폴더를 적어 주세요.',
  },
  'file.noSheets': {
    en: '{path} holds no sheets.',
    ko: '{path} 파일에 시트가 하나도 없습니다.',
  },
  'file.notXlsx': {
    en: '{path} is not a readable .xlsx workbook. Please save it again as .xlsx from Excel or Google Sheets.',
    ko: '{path} 파일을 엑셀 파일(.xlsx)로 읽을 수 없습니다. 엑셀이나 구글 시트에서 .xlsx로 다시 저장해 주세요.',
  },
  'file.noTextFiles': {
    en: 'The folder {path} holds no .csv, .tsv or .txt files.',
    ko: '{path} 폴더에 .csv, .tsv, .txt 파일이 없습니다.',
  },
  'file.cannotReadFolder': {
    en: 'Cannot read the folder {path}: {reason}.',
    ko: '폴더를 읽을 수 없습니다: {path}. {reason}',
  },
  'file.cannotRead': {
    en: 'Cannot read {path}: {reason}.',
    ko: '파일을 읽을 수 없습니다: {path}. {reason}',
  },
  'file.sameTab': {
    en: 'The folder {folder} has two files for the same tab: {first} and {second}. Please keep one of them.',
    ko: '{folder} 폴더에 같은 탭이 되는 파일이 둘 있습니다: {first}, {second}. 하나만 남겨 주세요.',
  },
  'file.unknownZone': {
    en: '"{zone}" is not a known time zone: write one like {example}.',
    ko: '알 수 없는 시간대입니다: "{zone}". {example}처럼 적어 주세요.',
  },
  'file.unknownZoneSave': {
    en: 'Cannot save {path}: "{zone}" is not a known time zone.',
    ko: '{path} 파일을 저장할 수 없습니다. 알 수 없는 시간대입니다: "{zone}".',
  },
  'file.cannotSave': {
    en: 'Could not save {path}: {reason}.',
    ko: '{path} 파일을 저장하지 못했습니다. {reason}',
  },
  'file.tabNameTooLong': {
    en: {
      one: 'Cannot save {path}: the tab name "{tab}" is longer than the 1 character .xlsx allows.',
      other:
        'Cannot save {path}: the tab name "{tab}" is longer than the {count} characters .xlsx allows.',
    },
    ko: '{path} 파일을 저장할 수 없습니다. 탭 이름이 .xlsx에서 쓸 수 있는 {count}자보다 깁니다: "{tab}"',
  },
  'file.tabNameNotAllowed': {
    en: 'Cannot save {path}: the tab name "{tab}" is not allowed in .xlsx.',
    ko: '{path} 파일을 저장할 수 없습니다. .xlsx에서 쓸 수 없는 탭 이름입니다: "{tab}"',
  },
  'file.badMerge': {
    en: 'Cannot save {path}: the merge {range} in tab "{tab}" overlaps another or is not a range.',
    ko: '{path} 파일을 저장할 수 없습니다. "{tab}" 탭의 병합 범위가 다른 병합과 겹치거나 올바르지 않습니다: {range}',
  },
  'file.unclosedQuote': {
    en: '{file} has a quoted field opened in row {row} that never closes.',
    ko: '{file} 파일의 {row}행에서 시작한 따옴표가 닫히지 않습니다.',
  },
  'file.tooManyCharacters': {
    en: '{file} is too big to read: it holds more than {limit} characters.',
    ko: '{file} 파일이 너무 커서 읽을 수 없습니다. 글자 수가 {limit}자를 넘습니다.',
  },
  'file.notText': {
    en: '{file} is not UTF-8, UTF-16 or Korean (CP949) text. Please save it again as CSV.',
    ko: '{file} 파일이 UTF-8, UTF-16, 한국어(CP949) 텍스트가 아닙니다. CSV로 다시 저장해 주세요.',
  },
  'file.csvText': { en: 'The CSV text', ko: '붙여 넣은 CSV' },
  'file.cellTooLong': {
    en: '{what}: cell {cell} of {tab} holds more than {limit} characters, more than a Google Sheets cell holds.',
    ko: '{what}: {tab} 탭 {cell} 칸의 글자가 {limit}자를 넘어 구글 시트 한 칸에 담을 수 없습니다.',
  },
  'file.tooManyCells': {
    en: '{what} has more than {limit} cells (rows × columns of every tab), more than a Google spreadsheet holds.',
    ko: '{what}의 칸 수(모든 탭의 행 × 열)가 {limit}칸을 넘어 구글 시트 한 파일에 담을 수 없습니다.',
  },
  'file.reason.notFound': { en: 'it does not exist', ko: '그런 파일이나 폴더가 없습니다.' },
  'file.reason.notFolder': { en: 'it is not a folder', ko: '폴더가 아니라 파일입니다.' },
  'file.reason.isFolder': { en: 'it is a folder', ko: '파일이 아니라 폴더입니다.' },
  'file.reason.permission': { en: 'permission denied', ko: '권한이 없습니다.' },
  'file.reason.tooLarge': { en: 'it is larger than 2 GB', ko: '2 GB보다 큰 파일입니다.' },
  'file.reason.unreadable': { en: 'it could not be read', ko: '읽는 중에 문제가 생겼습니다.' },
  'file.reason.noFolder': { en: 'its folder does not exist', ko: '저장할 폴더가 없습니다.' },
  'file.reason.folderInTheWay': {
    en: 'a folder has that name',
    ko: '같은 이름의 폴더가 있습니다.',
  },
  'file.reason.diskFull': { en: 'the disk is full', ko: '디스크에 빈 공간이 없습니다.' },
  'file.reason.unwritable': {
    en: 'the file could not be written',
    ko: '파일을 쓰는 중에 문제가 생겼습니다.',
  },
} as const satisfies Catalogue;

Object.assign(KNOWN_MESSAGES, COMMAND_LINE_MESSAGES);
