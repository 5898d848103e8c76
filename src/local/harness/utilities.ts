import { randomUUID } from 'node:crypto';
import { types } from 'node:util';
import { signatureMismatch } from './exception';
import { formatJavaDate } from './javaDateFormat';
import { SERVICE, type ServiceObject } from './serviceBoundary';

/** Apps Script byte arrays are signed Java bytes (-128..127). */
const toSignedBytes = (buffer: Buffer): number[] =>
  Array.from(buffer, (byte) => (byte > 127 ? byte - 256 : byte));
const toBuffer = (data: string | number[]): Buffer =>
  typeof data === 'string'
    ? Buffer.from(data, 'utf8')
    : Buffer.from(data.map((byte) => byte & 0xff));

export class FakeUtilities implements ServiceObject {
  readonly [SERVICE] = 'Utilities';

  /** Java SimpleDateFormat pattern in an IANA zone, like Apps Script. */
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!types.isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw signatureMismatch('Utilities.formatDate', [date, timeZone, format]);
    }
    return formatJavaDate(date, timeZone, format);
  }

  /** Tests never wait. */
  sleep(_milliseconds: number): void {}

  getUuid(): string {
    return randomUUID();
  }

  base64Encode(data: string | number[]): string {
    return toBuffer(data).toString('base64');
  }

  base64Decode(encoded: string): number[] {
    return toSignedBytes(Buffer.from(String(encoded), 'base64'));
  }

  newBlob(
    data: string | number[],
    contentType: string | null = null,
    name: string | null = null,
  ): FakeBlob {
    return new FakeBlob(toBuffer(data), contentType, name);
  }
}

export class FakeBlob implements ServiceObject {
  readonly [SERVICE] = 'Blob';

  constructor(
    private readonly bytes: Buffer,
    private contentType: string | null,
    private name: string | null,
  ) {}

  getBytes(): number[] {
    return toSignedBytes(this.bytes);
  }

  getDataAsString(): string {
    return this.bytes.toString('utf8');
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(contentType: string): FakeBlob {
    this.contentType = contentType;
    return this;
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): FakeBlob {
    this.name = name;
    return this;
  }
}
