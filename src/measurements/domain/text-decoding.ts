import { TextDecoder } from 'node:util';

/** Encodings an import may declare; without one, UTF-8, or Windows-1250 as detected below. */
export type TextEncoding = 'utf-8' | 'windows-1250';
export const TEXT_ENCODINGS: readonly TextEncoding[] = ['utf-8', 'windows-1250'];

/** Bytes that are not text in the file's encoding: the import stops, nothing is replaced. */
export class TextEncodingError extends Error {
  constructor(
    message: string,
    /** 1-based line of the first byte that could not be read. */
    readonly line: number,
  ) {
    super(message);
    this.name = 'TextEncodingError';
  }
}

/**
 * Decodes a file's bytes chunk by chunk, never replacing a character. With a declared encoding
 * that one is used; without, UTF-8, except that a file whose first non-ASCII bytes are not
 * UTF-8 is read as Windows-1250 (what a spreadsheet set to Polish writes, where ą is 0xB9):
 * up to that point both read the same, so nothing read so far changes. Bytes that fit neither
 * stop the import with their line.
 */
export class TextDecoding {
  private decoder: TextDecoder;
  private asciiSoFar = true;
  private lines = 1;
  private encoding: TextEncoding;
  /** Whether Windows-1250 was detected rather than declared (then the import says so). */
  detected = false;

  constructor(private readonly declared?: TextEncoding) {
    this.encoding = declared ?? 'utf-8';
    this.decoder = new TextDecoder(this.encoding, { fatal: true });
  }

  write(bytes: Uint8Array): string {
    try {
      return this.account(this.decoder.decode(bytes, { stream: true }), bytes);
    } catch {
      return this.fallBack(bytes);
    }
  }

  end(): string {
    try {
      return this.decoder.decode();
    } catch {
      throw new TextEncodingError(`the file ends inside a character: it is not valid ${this.encoding.toUpperCase()} text`, this.lines);
    }
  }

  private account(text: string, bytes: Uint8Array): string {
    // As many characters as bytes: all ASCII (any multi-byte character makes the text shorter).
    if (this.asciiSoFar) this.asciiSoFar = text.length === bytes.length;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lines += 1;
    return text;
  }

  private fallBack(bytes: Uint8Array): string {
    // Where the first undecodable byte is: every byte before it in this chunk is plain ASCII
    // when the file has been ASCII so far.
    const firstHigh = bytes.findIndex((byte) => byte >= 0x80);
    // The line of the first byte the encoding cannot read: where a lenient decoding replaces it.
    const lenient = new TextDecoder(this.encoding).decode(bytes);
    const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD')));
    const line = this.lines + (before.match(/\n/g)?.length ?? 0);
    if (this.declared === undefined && this.encoding === 'utf-8' && this.asciiSoFar && !startsWithUtf8Character(bytes, firstHigh)) {
      this.encoding = 'windows-1250';
      this.detected = true;
      this.decoder = new TextDecoder('windows-1250', { fatal: true });
      try {
        return this.account(this.decoder.decode(bytes, { stream: true }), bytes);
      } catch {
        throw new TextEncodingError('the file is neither UTF-8 nor Windows-1250 text: save it as UTF-8 (CSV UTF-8 in a spreadsheet)', line);
      }
    }
    throw new TextEncodingError(
      this.declared
        ? `bytes that are not ${this.declared.toUpperCase()} text: check the encoding declared for the file`
        : 'bytes that are not UTF-8 text after UTF-8 text: save the file as UTF-8 (CSV UTF-8 in a spreadsheet), or declare its encoding',
      line,
    );
  }
}

/** Whether a well-formed UTF-8 multi-byte character starts at `at` (else the file is not UTF-8 there). */
function startsWithUtf8Character(bytes: Uint8Array, at: number): boolean {
  const lead = bytes[at];
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0) return false;
  for (let i = 1; i < length; i += 1) {
    const next = bytes[at + i];
    // A character cut by the chunk's end counts as UTF-8: the decoder would have waited for it.
    if (next === undefined) return true;
    if (next < 0x80 || next > 0xbf) return false;
  }
  return true;
}
