// `claimdesk report`: every format from a workspace on disk, read-only; PDF through Chromium with the right
// page size and page numbers (checked with poppler's pdfinfo and pdftotext when they are installed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../../main/cli/main';
import { findPdfChromium } from '../../main/cli/report-pdf';
import { openTestApi } from '../helpers/app-api';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readStdin: async () => new Uint8Array(),
  });
  return { code, stdout, stderr };
}

async function workspace(t: Parameters<typeof openTestApi>[0]) {
  const api = await openTestApi(t);
  const articleId = (await api.call('getWorkspace')).value.articles[0].id as string;
  const claims = (await api.call('getArticle', { articleId })).value.claims.filter((c: any) => c.kind !== 'heading');
  await api.call('setReview', { articleId, claimId: claims[0].id, status: 'verified', note: 'Checked.' });
  await api.call('setReview', { articleId, claimId: claims[1].id, status: 'disputed' });
  await api.close();
  return { dir: api.dir, path: api.workspacePath, articleId };
}

test(
  'report writes Markdown to standard output and the other formats to files, without touching ' + 'the workspace',
  async (t) => {
    const { dir, path, articleId } = await workspace(t);
    const before = (await stat(path)).mtimeMs;
    const md = await run(['report', '--workspace', path]);
    assert.equal(md.code, 0, md.stderr);
    assert.match(md.stdout, /^# Verification report: Vladimir Putin/);
    assert.match(md.stdout, /### 1\. ✔ Verified/);
    for (const format of ['html', 'json', 'csv', 'claimreview']) {
      const out = join(dir, `r.${format}`);
      const r = await run([
        'report',
        '-w',
        path,
        '--article',
        articleId,
        '--format',
        format,
        '--out',
        out,
        '--reviewed-only',
      ]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, new RegExp(`wrote .*r\\.${format} \\(${format}, 1 article`));
      assert.ok((await stat(out)).size > 200);
    }
    assert.match(await readFile(join(dir, 'r.html'), 'utf8'), /^<!doctype html>/);
    assert.equal(JSON.parse(await readFile(join(dir, 'r.claimreview'), 'utf8')).length, 2);
    assert.equal((await stat(path)).mtimeMs, before, 'the workspace file was not written');
    assert.ok(!existsSync(`${path}.lock`), 'no lock taken');
  },
);

test('report explains what is wrong', async (t) => {
  const { dir, path } = await workspace(t);
  const cases: [string[], RegExp, number][] = [
    [['report'], /name the workspace with --workspace/, 2],
    [['report', '-w', path, '--format', 'docx'], /--format must be md, html, pdf, json, csv, claimreview/, 2],
    [['report', '-w', path, '--format', 'pdf'], /PDF is binary: name the file with --out/, 2],
    [['report', '-w', path, '--article', 'a-missing'], /no article "a-missing"/, 1],
    [['report', '-w', join(dir, 'none.json')], /there is no workspace at/, 1],
    [['report', '-w', path, '--group-by', 'colour'], /--group-by must be article, status or outlet/, 2],
    [['report', '-w', path, '--min-checkworthiness', '3'], /from 0 to 1/, 2],
  ];
  for (const [args, message, code] of cases) {
    const r = await run(args);
    assert.equal(r.code, code, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
  }
});

const hasPoppler = (() => {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

test('PDF through Chromium: A4 and Letter, with page numbers', async (t) => {
  const { path: chromium } = await findPdfChromium();
  if (!chromium) return t.skip('no Chromium here: the CLI says so (see the next test)');
  const { dir, path } = await workspace(t);
  for (const [size, points] of [
    ['A4', /595\.\d+ x 841\.\d+|595\.\d+ x 842\.\d+/],
    ['Letter', /612 x 792/],
  ] as const) {
    const out = join(dir, `r-${size}.pdf`);
    const r = await run(['report', '-w', path, '--format', 'pdf', '--page-size', size, '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /printing the PDF with /);
    const bytes = await readFile(out);
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
    if (!hasPoppler) {
      // Minimal check without poppler: the MediaBox of the pages.
      assert.match(
        bytes.toString('latin1'),
        size === 'A4' ? /MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/ : /MediaBox \[0 0 612 792\]/,
      );
      continue;
    }
    const info = execFileSync('pdfinfo', [out]).toString();
    assert.match(info, points);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    assert.ok(pages >= 2, `${pages} pages`);
    const text = execFileSync('pdftotext', ['-layout', out, '-']).toString();
    assert.match(text, new RegExp(`Page 1 of ${pages}`));
    assert.match(text, new RegExp(`Page ${pages} of ${pages}`));
    assert.match(text, /VERIFIED|Verified/);
  }
});

test('the compact PDF layout: every claim, on fewer pages', async (t) => {
  const { path: chromium } = await findPdfChromium();
  if (!chromium) return t.skip('no Chromium here');
  if (!hasPoppler) return t.skip('no poppler here to count pages and read the text');
  const { dir, path } = await workspace(t);
  const pages: Record<string, number> = {};
  const texts: Record<string, string> = {};
  for (const layout of ['full', 'compact']) {
    const out = join(dir, `r-${layout}.pdf`);
    const r = await run(['report', '-w', path, '--format', 'pdf', '--layout', layout, '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    pages[layout] = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out]).toString())![1]);
    texts[layout] = execFileSync('pdftotext', [out, '-']).toString();
  }
  assert.ok(pages.compact! < pages.full!, `compact ${pages.compact} pages, full ${pages.full}`);
  const numbers = (text: string) => [...text.matchAll(/^(\d+)\.(?=\s|$)/gm)].map((m) => Number(m[1]));
  for (const n of [1, 2, 21]) assert.ok(numbers(texts.compact!).includes(n), `claim ${n} is in the compact PDF`);
  assert.match(texts.compact!, /Checked\./, 'notes are kept');
  const bad = await run(['report', '-w', path, '--format', 'html', '--layout', 'tiny']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--layout must be full or compact/);
});

test('PDF without a Chromium says so clearly', async () => {
  const { chromiumPdfPrinter } = await import('../../main/cli/report-pdf');
  await assert.rejects(
    chromiumPdfPrinter({ CHROMIUM_PATH: '/nonexistent/chromium' }, ['/nonexistent/also']),
    /PDF needs a Chromium, and none was found \(looked at: CHROMIUM_PATH \(\/nonexistent\/chromium\), \/nonexistent\/also\)\. Install one \(sudo apt-get install chromium\) or set CHROMIUM_PATH/,
  );
});
