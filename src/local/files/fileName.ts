import { basename, extname } from 'node:path';

/*
 * macOS writes Korean file names decomposed (NFD); tab and workbook names use the composed
 * form (NFC) that Sheets and typed text use.
 */

export function nameWithoutExtension(path: string): string {
  return basename(path, extname(path)).normalize('NFC');
}

export function folderName(path: string): string {
  return basename(path).normalize('NFC');
}
