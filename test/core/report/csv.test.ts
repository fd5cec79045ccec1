import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCsvReport, CSV_COLUMNS, csvField, neutraliseFormula } from '../../../main/core/report/csv';
import type { ReportArticle } from '../../../main/core/report/types';

/** A strict RFC 4180 reader, to prove the output parses back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        i += 1;
        continue;
      }
      cell += c;
      i += 1;
      continue;
    }
    if (c === '"' && cell === '') {
      quoted = true;
      i += 1;
      continue;
    }
    if (c === ',') {
      row.push(cell);
      cell = '';
      i += 1;
      continue;
    }
    if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
      continue;
    }
    assert.ok(c !== '"' && c !== '\n' && c !== '\r', `bare ${JSON.stringify(c)} outside quotes at ${i}`);
    cell += c;
    i += 1;
  }
  assert.equal(cell, '', 'the file ends with CRLF');
  return rows;
}

test('cells a spreadsheet would run as formulas are neutralised', () => {
  for (const bad of [
    '=1+1',
    '+1',
    '-1',
    '@SUM(A1)',
    '\tx',
    '\rx',
    '=HYPERLINK("http://evil.example","x")',
    "=cmd|' /C calc'!A0",
  ]) {
    assert.equal(neutraliseFormula(bad), `'${bad}`, bad);
  }
  for (const ok of ['Plain', ' =not at start', 'a=b', '3']) assert.equal(neutraliseFormula(ok), ok);
  assert.equal(csvField('say "hi", then\nleave'), '"say ""hi"", then\nleave"');
  assert.equal(csvField('=2+3'), "'=2+3");
  assert.equal(csvField('-2,5'), `"'-2,5"`);
});

test('one row per claim, UTF-8 with BOM, RFC 4180 quoting, hostile cells escaped', () => {
  const text = '=SUM(A1:A9) said "quoted", and more\nline two é';
  const article: ReportArticle = {
    id: 'a1',
    meta: { title: '@Title, with comma', url: 'https://x.example/a' },
    claims: [
      {
        id: 'h',
        start: 0,
        end: 1,
        text: 'H',
        kind: 'heading',
        speaker: null,
        outlet: null,
        attributions: [],
        checkworthiness: 0,
      },
      {
        id: 'c1',
        start: 0,
        end: text.length,
        text,
        kind: 'attributed',
        speaker: { name: '+Speaker', start: 0, end: 1 },
        outlet: { id: 'o', name: '-Outlet', domain: 'o.example', stated: true, via: [] },
        attributions: [],
        checkworthiness: 0.8,
      },
      {
        id: 'c2',
        start: 0,
        end: 3,
        text: 'Two',
        kind: 'unattributed',
        speaker: null,
        outlet: null,
        attributions: [],
        checkworthiness: 0.1,
      },
    ],
    reviews: {
      c1: {
        status: 'disputed',
        note: '\t=1+1\r\nnext',
        reviewer: '@rev',
        updatedAt: '2026-01-01T00:00:00.000Z',
        evidence: [{ url: 'https://e.example/1' }],
      },
    },
  };
  const csv = buildCsvReport([article]);
  assert.ok(csv.startsWith('\uFEFF'), 'BOM');
  const rows = parseCsv(csv.slice(1));
  assert.deepEqual(rows[0], [...CSV_COLUMNS]);
  assert.equal(rows.length, 3, 'header + one row per reviewable claim');
  const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
  assert.equal(row.article_title, "'@Title, with comma");
  assert.equal(row.claim_text, `'${text}`);
  assert.equal(row.speaker, "'+Speaker");
  assert.equal(row.outlet, "'-Outlet");
  assert.equal(row.note, "'\t=1+1\r\nnext");
  assert.equal(row.reviewer, "'@rev");
  assert.equal(row.status, 'disputed');
  assert.equal(row.evidence_archived_urls, 'https://web.archive.org/web/https://e.example/1');
  for (const r of rows)
    for (const cell of r) assert.ok(!/^[=+\-@\t\r]/.test(cell), `unescaped cell ${JSON.stringify(cell)}`);
  assert.equal(parseCsv(buildCsvReport([article], { includePending: false }).slice(1)).length, 2, 'options apply');
});
