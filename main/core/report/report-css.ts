// The HTML report's own stylesheet, inlined so the file is self-contained. Screen and print: A4 and Letter
// pages, claims that do not split across pages where they fit, and status colours that print (with the
// text label and symbol beside them for black-and-white printers).
import { STATUS_COLOUR } from './chart';

export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1c2024; --ink-2: #4b5563; --rule: #d9dce1; --soft: #f5f6f8; --link: #1d4ed8; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0;
  background: #ffffff;
  color: var(--ink);
  font: 15px/1.5 "Source Serif 4", Georgia, "Times New Roman", serif;
}
.report { max-width: 46rem; margin: 0 auto; padding: 32px 28px 48px; }
h1, h2, h3, th, .status-badge, .chart-label, .chart-count, .report-footer, td, li strong {
  font-family: "Inter", "Segoe UI", "Helvetica Neue", Arial, sans-serif;
}
h1 { font-size: 24px; line-height: 1.25; margin: 0 0 14px; letter-spacing: -0.01em; }
h2 { font-size: 17px; margin: 28px 0 10px; padding-bottom: 5px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 14px; margin: 0 0 6px; display: flex; align-items: center; gap: 8px; }
p, ul, ol { margin: 0 0 10px; }
ul { padding-left: 20px; }
li { margin: 1px 0; }
a { color: var(--link); text-decoration: underline; text-underline-offset: 2px; overflow-wrap: anywhere; }
blockquote { margin: 0 0 8px; padding: 6px 12px; border-left: 3px solid var(--rule); background: var(--soft); }
blockquote p { margin: 0; }
table { border-collapse: collapse; margin: 0 0 14px; font-size: 13px; min-width: 50%; max-width: 100%; }
th, td { border: 1px solid var(--rule); padding: 4px 10px; text-align: left; vertical-align: top; }
th, td { overflow-wrap: anywhere; }
td[align="right"], th[align="right"] { overflow-wrap: normal; white-space: nowrap; }
#summary ~ p em { color: var(--ink-2); font-size: 12.5px; }
th { background: var(--soft); font-weight: 600; }
td[align="right"], th[align="right"] { text-align: right; font-variant-numeric: tabular-nums; }
h1 + ul, h2[id^="article-"] + ul {
  list-style: none;
  padding: 0;
  margin: 0 0 8px;
  color: var(--ink-2);
  font-size: 14px;
}
h1 + ul > li, h2[id^="article-"] + ul > li { margin: 0; }
h1 + ul strong { color: var(--ink); }
.status-chart { display: block; max-width: 100%; height: auto; margin: 6px 0 16px; }
#summary + p { font-size: 17px; margin-bottom: 6px; }
.chart-label { font-size: 13px; font-weight: 600; fill: var(--ink); }
.chart-count { font-size: 13px; fill: var(--ink); font-variant-numeric: tabular-nums; }
.status-badge {
  display: inline-block;
  padding: 1px 9px;
  border-radius: 999px;
  border: 1.5px solid currentColor;
  font-size: 12px;
  font-weight: 700;
  letter-spacing: 0.02em;
  text-transform: uppercase;
  white-space: nowrap;
}
.claim-number { font-size: 14px; font-weight: 700; color: var(--ink-2); min-width: 2.4em; }
.claim {
  border: 1px solid var(--rule);
  border-left-width: 6px;
  border-radius: 4px;
  padding: 10px 14px 4px;
  margin: 0 0 12px;
  break-inside: avoid;
  page-break-inside: avoid;
}
.claim > h3 { margin-bottom: 4px; }
.claim > blockquote { background: none; border: 0; padding: 0; font-size: 15.5px; }
.claim > ul { list-style: none; padding: 0; margin: 0 0 8px; font-size: 13px; line-height: 1.45; color: var(--ink); }
.claim > ul > li { margin: 0; padding: 2px 0 2px 7.4em; border-top: 1px solid #eef0f2; }
.claim > ul > li > strong:first-child {
  display: inline-block;
  width: 7em;
  margin-left: -7.4em;
  margin-right: 0.4em;
  color: var(--ink-2);
  font-weight: 600;
  font-size: 11.5px;
  text-transform: uppercase;
  letter-spacing: 0.03em;
}
.claim ul blockquote {
  margin: 0;
  padding: 4px 10px;
  background: #fffbe6;
  border-left: 3px solid #e0c341;
  font-size: 13.5px;
}
.claim ul ul { list-style: disc; padding-left: 18px; margin: 0; }
${(['verified', 'disputed', 'unsourced', 'pending'] as const)
  .map(
    (s) => `.status-${s} .status-badge, .status-badge.status-${s} {
  color: ${STATUS_COLOUR[s]};
  background: ${tint(STATUS_COLOUR[s])};
}
.claim.status-${s} { border-left-color: ${STATUS_COLOUR[s]}; }`,
  )
  .join('\n')}
.claim.status-disputed { border-left-style: double; border-left-width: 6px; }
.claim.status-unsourced { border-left-style: dashed; }
.claim.status-pending { border-left-style: dotted; }
/* Compact layout (long reviews): each claim in a few lines, its fields on one run of text. */
.compact .claim { padding: 3px 10px 3px; margin: 0 0 4px; border-left-width: 4px; font-size: 12px; line-height: 1.35; }
.compact .claim > h3 { display: inline-flex; margin: 0 6px 0 0; font-size: 12px; vertical-align: baseline; }
.compact .claim .status-badge { font-size: 10px; padding: 0 6px; }
.compact .claim > blockquote { display: inline; margin: 0; font-size: 12.5px; }
.compact .claim > blockquote p { display: inline; }
.compact .claim > ul { margin: 1px 0 0; font-size: 11px; line-height: 1.35; color: var(--ink-2); }
.compact .claim > ul > li { display: inline; padding: 0; border: 0; }
.compact .claim > ul > li + li::before { content: " · "; }
.compact .claim > ul > li > strong:first-child { display: inline; width: auto; margin: 0 3px 0 0; font-size: 10px; }
.compact .claim ul blockquote { display: inline; padding: 0 4px; font-size: 11px; }
.compact .claim ul blockquote p { display: inline; }
.compact .claim ul ul { display: inline; list-style: none; padding: 0; }
.compact .claim ul ul li { display: inline; }
.compact .claim ul ul li + li::before { content: ", "; }
.report-footer {
  margin-top: 28px;
  padding-top: 8px;
  border-top: 1px solid var(--rule);
  font-size: 12px;
  color: var(--ink-2);
}
@page { margin: 18mm 15mm 20mm; }
@media print {
  body { font-size: 11pt; }
  .report { max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h1 { font-size: 20pt; }
  a { color: inherit; }
}
`;

function tint(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * 0.9);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(mix);
  return `rgb(${r}, ${g}, ${b})`;
}
