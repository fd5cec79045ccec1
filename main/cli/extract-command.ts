// `claimdesk extract [--format json|jsonl|text] FILE...`: the extraction's output shape (issue 2), stable for
// benchmarks and other tools. Offsets index "text", the file's text exactly as read.
import { readFile } from 'node:fs/promises';
import { extractClaims } from '../core/extract';
import type { Extraction } from '../core/types';
import { decodeArticleBytes } from '../import/decode';
import { parseCommandArgs } from './args';
import { CliError, type CliIo } from './io';

export const EXTRACT_USAGE =
  `Usage: claimdesk extract [--format json|jsonl|text] FILE...   (FILE - reads standard ` + `input)`;

const FORMATS = ['json', 'jsonl', 'text'] as const;
type Format = (typeof FORMATS)[number];

export async function runExtract(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs('extract', EXTRACT_USAGE, {
    args,
    allowPositionals: true,
    options: { format: { type: 'string', short: 'f', default: 'json' } },
  });
  const format = parsed.values.format as Format;
  if (!FORMATS.includes(format))
    throw new CliError(`extract: --format must be json, jsonl or text (got "${format}")`, 2);
  const files = parsed.positionals;
  if (files.length === 0) throw new CliError('extract: name at least one FILE (or - for standard input)', 2);

  const results: (Extraction & { file: string })[] = [];
  for (const file of files) {
    const text = await readArticle(file, io);
    const { claims, skipped } = extractClaims(text);
    const result = { file, text, claims, skipped };
    if (format === 'jsonl') io.stdout(`${JSON.stringify(result)}\n`);
    else if (format === 'text') io.stdout(asText(result));
    else results.push(result);
  }
  if (format === 'json') io.stdout(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
  return 0;
}

async function readArticle(file: string, io: CliIo): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await io.readStdin() : await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message;
    throw new CliError(`cannot read ${file}: ${why}`);
  }
  try {
    return decodeArticleBytes(bytes, file === '-' ? 'standard input' : file);
  } catch (e) {
    throw new CliError((e as Error).message);
  }
}

function asText(result: Extraction & { file: string }): string {
  const lines = [`== ${result.file}: ${result.claims.length} claims, ${result.skipped.length} lines skipped`];
  for (const c of result.claims) {
    lines.push(`[${c.kind}] ${c.text}`);
    const who: string[] = [];
    if (c.speaker) who.push(`speaker: ${c.speaker.name}`);
    if (c.outlet) {
      const via = c.outlet.via.map((v) => ` via ${v.name}`).join('');
      who.push(`outlet: ${c.outlet.name}${via}${c.outlet.stated ? '' : ' (inherited)'}`);
    }
    if (c.kind !== 'heading') who.push(`check-worthiness: ${c.checkworthiness.toFixed(2)}`);
    lines.push(`    ${who.join(' | ')}`);
  }
  for (const s of result.skipped) lines.push(`[skipped: ${s.reason}] ${s.text}`);
  return `${lines.join('\n')}\n\n`;
}
