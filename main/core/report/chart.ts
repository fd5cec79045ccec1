// The summary's status chart as inline SVG, built here from numbers only (no text from the article or a reviewer
// reaches it). One labelled bar per status: the label and count are text, and disputed and unsourced bars carry
// a pattern as well as a colour, so the chart still reads in a black-and-white print.
import type { ReviewStatus } from '../review/status';
import { STATUS_LABEL, STATUS_MARK, STATUS_ORDER, shareText, type StatusCounts } from './model';

export const STATUS_COLOUR: Record<ReviewStatus, string> = {
  verified: '#1a7f37',
  disputed: '#c0281b',
  unsourced: '#b25e00',
  pending: '#6b7280',
};

const FILL: Record<ReviewStatus, string> = {
  verified: STATUS_COLOUR.verified,
  disputed: 'url(#cd-hatch-disputed)',
  unsourced: 'url(#cd-dots-unsourced)',
  pending: '#e5e7eb',
};

export function statusChartSvg(counts: StatusCounts): string {
  const total = STATUS_ORDER.reduce((n, s) => n + counts[s], 0);
  const rowH = 26;
  const labelW = 118;
  const barW = 300;
  // The count column is as wide as its longest text (13px digits are at most 8.5px wide), so that an archive's
  // five-digit counts are never cut off at the chart's edge.
  const countText = (s: ReviewStatus) => `${counts[s]} (${shareText(counts[s], total)})`;
  const countW = Math.max(...STATUS_ORDER.map((s) => countText(s).length)) * 8.5 + 14;
  const width = Math.ceil(labelW + barW + 10 + countW);
  const height = STATUS_ORDER.length * rowH + 6;
  const rows = STATUS_ORDER.map((s, i) => {
    const y = 3 + i * rowH;
    const w = total ? Math.max(counts[s] ? 3 : 0, Math.round((counts[s] / total) * barW)) : 0;
    const label = `${STATUS_MARK[s]} ${STATUS_LABEL[s]}`;
    return [
      `<text x="0" y="${y + 16}" class="chart-label">${label}</text>`,
      `<rect x="${labelW}" y="${y + 3}" width="${barW}" height="18" rx="3" fill="#f3f4f6" ` +
        `stroke="#d1d5db" stroke-width="1"/>`,
      w
        ? `<rect x="${labelW}" y="${y + 3}" width="${w}" height="18" rx="3" fill="${FILL[s]}" ` +
          `stroke="${STATUS_COLOUR[s]}" stroke-width="1.5"/>`
        : '',
      `<text x="${labelW + barW + 10}" y="${y + 16}" class="chart-count">${countText(s)}</text>`,
    ].join('');
  });
  const summary = STATUS_ORDER.map((s) => `${STATUS_LABEL[s]} ${counts[s]}`).join(', ');
  return [
    `<svg class="status-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ` +
      `${height}" width="${width}" height="${height}" role="img" aria-label="Claims by status: ` +
      `${summary}">`,
    '<defs>',
    `<pattern id="cd-hatch-disputed" width="6" height="6" patternUnits="userSpaceOnUse" ` +
      `patternTransform="rotate(45)"><rect width="6" height="6" ` +
      `fill="${STATUS_COLOUR.disputed}"/><line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" ` +
      `stroke-width="2"/></pattern>`,
    `<pattern id="cd-dots-unsourced" width="5" height="5" patternUnits="userSpaceOnUse"><rect ` +
      `width="5" height="5" fill="${STATUS_COLOUR.unsourced}"/><circle cx="2.5" cy="2.5" r="1.1" ` +
      `fill="#ffffff"/></pattern>`,
    '</defs>',
    ...rows,
    '</svg>',
  ].join('');
}
