// Turns the bytes of an imported file into text, or refuses it with a message for the person.

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

export function decodeArticleBytes(bytes: Uint8Array, name: string): string {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new ImportError(
      `${name} is ${(bytes.byteLength / 1048576).toFixed(1)} MB; ClaimDesk imports articles up to 20 MB.`,
    );
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.includes(0)) throw new ImportError(`${name} looks like a binary file, not an article in text.`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    // Not UTF-8: older newsroom exports are often Latin-1 / Windows-1252.
    return decodeWindows1252(body);
  }
}

/** Checks text that arrives as a string (paste, drop) against the same limits. */
export function checkArticleText(text: string, name: string): string {
  if (text.length > MAX_IMPORT_BYTES) throw new ImportError(`${name} is larger than the 20 MB ClaimDesk imports.`);
  if (text.includes('\u0000')) throw new ImportError(`${name} looks like a binary file, not an article in text.`);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new ImportError(`${name} is empty: there is no text to check.`);
  return body;
}

// Windows-1252 differs from Latin-1 in 0x80-0x9F (curly quotes, dashes, the euro sign). Node built without full
// ICU decodes the 'windows-1252' label as Latin-1, so the table is here.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)),
    );
  }
  return out;
}
