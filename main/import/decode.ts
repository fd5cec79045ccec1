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
    throw new ImportError(`${name} is ${(bytes.byteLength / 1048576).toFixed(1)} MB; ClaimDesk imports articles up to 20 MB.`);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.includes(0)) throw new ImportError(`${name} looks like a binary file, not an article in text.`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    // Not UTF-8: older newsroom exports are often Latin-1 / Windows-1252.
    return new TextDecoder('windows-1252').decode(body);
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
