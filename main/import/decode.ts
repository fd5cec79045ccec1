// Turns the bytes of an imported file or page into text, or refuses it with a message for the person. The encoding
// is chosen the way browsers choose it (WHATWG Encoding and HTML standards): a byte order mark, then the charset of
// the HTTP Content-Type, then a <meta charset> / http-equiv prescan of an HTML page, then a fallback. The sniffing
// is encoding-sniffer's (cheerio's), the decoding iconv-lite's; what is ours is the checks around them: a declared
// UTF-16 that is not, UTF-16 without a BOM, text that looks mis-decoded, and bytes that are not text at all.
import { Sniffer, ResultType } from 'encoding-sniffer/sniffer';
import iconv from 'iconv-lite';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding used (utf-8, windows-1252, gbk, utf-16le, ...). */
  encoding: string;
  warnings: string[];
}

export interface DecodeOptions {
  /** The HTTP Content-Type header, whose charset counts after a BOM. */
  contentType?: string;
  /** An HTML page: its <meta charset> counts too. */
  html?: boolean;
}

/** How much of the start is looked at for the NUL pattern and the share of control characters. */
const SAMPLE = 64 * 1024;

function charsetLabel(contentType: string | undefined): string | undefined {
  // A quoted or bare token after charset=, as in `text/html; charset="gbk"`.
  const m = /;\s*charset\s*=\s*"?([^";\s]{1,40})/i.exec(contentType ?? '');
  return m?.[1];
}

function bomOf(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 of mostly-Latin text has a NUL in every other byte; which half holds them gives the byte order. */
function utf16ByNuls(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.3 && even <= pairs * 0.02) return 'utf-16le';
  if (even >= pairs * 0.3 && odd <= pairs * 0.02) return 'utf-16be';
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Control characters that no article holds (tab, newlines and form feed excepted), C1 controls and U+FFFD. */
function oddShare(text: string): { controls: number; replacements: number; length: number } {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let controls = 0;
  let replacements = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c <= 0x9f)) controls++;
    else if (c === 0xfffd) replacements++;
  }
  return { controls, replacements, length: sample.length };
}

/** Letters outside ASCII in a text read as Windows-1252: a page in another encoding reads as a run of them. */
function latinMojibake(text: string): boolean {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const high = sample.match(
    /[\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]/g,
  );
  const ascii = sample.match(/[a-z]/gi);
  const nHigh = high?.length ?? 0;
  return nHigh >= 8 && nHigh > (ascii?.length ?? 0) * 0.3;
}

export function decodeBytes(bytes: Uint8Array, name: string, options: DecodeOptions = {}): DecodedText {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new ImportError(
      `${name} is ${(bytes.byteLength / 1048576).toFixed(1)} MB; ClaimDesk imports articles up to 20 MB.`,
    );
  }
  const warnings: string[] = [];
  const hasNul = bytes.subarray(0, SAMPLE).includes(0) || bytes.includes(0);
  let label = charsetLabel(options.contentType);
  let encoding = bomOf(bytes);
  if (!encoding && label && /^(utf-16|utf-16le|utf-16be|unicode|ucs-2|unicodefffe)$/i.test(label) && !hasNul) {
    // UTF-16 has NULs in any text with Latin letters: a server saying so of bytes without one is mistaken.
    warnings.push(
      `The server said this page is in ${label}, but it is not; it was read by its own declaration instead.`,
    );
    label = undefined;
  }
  const byNuls = !encoding && hasNul;
  if (byNuls) {
    encoding = utf16ByNuls(bytes);
    if (!encoding) throw new ImportError(`${name} looks like a binary file, not an article in text.`);
  }
  let guessed = false;
  if (!encoding) {
    const sniffer = new Sniffer({
      maxBytes: 1024,
      transportLayerEncodingLabel: label,
      defaultEncoding: 'windows-1252',
    });
    // A plain-text file's "<meta" is text, not a declaration: only a page's prescan counts.
    if (options.html) sniffer.write(bytes.subarray(0, 1024));
    if (label && sniffer.resultType === ResultType.DEFAULT)
      warnings.push(`The server named the encoding “${label}”, which ClaimDesk does not know; it was ignored.`);
    encoding = sniffer.resultType === ResultType.DEFAULT ? null : sniffer.encoding.toLowerCase();
    if (encoding && !iconv.encodingExists(encoding)) {
      warnings.push(`This text says it is in “${encoding}”, which ClaimDesk cannot read; it was read as UTF-8.`);
      encoding = 'utf-8';
    }
    if (!encoding) {
      // Nothing declared: UTF-8 when the bytes are valid UTF-8, else the web's fallback, Windows-1252.
      encoding = isUtf8(bytes) ? 'utf-8' : 'windows-1252';
      guessed = encoding === 'windows-1252';
    }
  }
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  const odd = oddShare(text);
  // Read as UTF-16 for its NULs, a binary file shows control codes where the letters should be.
  if (byNuls && odd.controls > odd.length * 0.01)
    throw new ImportError(`${name} looks like a binary file, not an article in text.`);
  if (odd.length > 0 && odd.controls > Math.max(4, odd.length * 0.01)) {
    throw new ImportError(
      `${name} does not look like text: ${Math.max(1, Math.round((odd.controls / odd.length) * 100))}% of its ` +
        'characters are control codes. ClaimDesk imports articles saved as text, Markdown or HTML.',
    );
  }
  if (odd.replacements > 0) {
    const share = odd.replacements / odd.length;
    warnings.push(
      share > 0.01
        ? `This text looks mis-decoded: ${odd.replacements} characters could not be read as ${encoding} and show ` +
            'as “�”. Check the text; save the file as UTF-8 and import it again if it is garbled.'
        : `${odd.replacements} character${odd.replacements === 1 ? '' : 's'} could not be read as ${encoding} and ` +
            'show as “�”.',
    );
  }
  if (guessed && latinMojibake(text)) {
    warnings.push(
      'This text looks mis-decoded: it is not UTF-8 and declares no encoding, so it was read as Windows-1252 ' +
        '(Western European), and much of it reads as accented letters and symbols. If it is garbled, save the ' +
        'file as UTF-8 (or give the page a <meta charset>) and import it again.',
    );
  }
  return { text, encoding, warnings };
}

export function decodeArticleBytes(bytes: Uint8Array, name: string, options: DecodeOptions = {}): string {
  return decodeBytes(bytes, name, options).text;
}

/** Checks text that arrives as a string (paste, drop) against the same limits. */
export function checkArticleText(text: string, name: string): string {
  if (text.length > MAX_IMPORT_BYTES) throw new ImportError(`${name} is larger than the 20 MB ClaimDesk imports.`);
  if (text.includes('\u0000')) throw new ImportError(`${name} looks like a binary file, not an article in text.`);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new ImportError(`${name} is empty: there is no text to check.`);
  return body;
}
