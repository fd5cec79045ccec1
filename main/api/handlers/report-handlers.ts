// The verification report (issue 7): built from the workspace for one article or several, previewed in the
// window (sanitised HTML for Markdown, HTML and PDF; the text itself for CSV, JSON and ClaimReview), and saved
// where the person chooses with the format's extension. PDF goes through the printer the app provides.
import { writeFile } from 'node:fs/promises';
import { buildReport, buildReportBody, type ReportBuildOptions } from '../../core/report/build';
import { FORMAT_INFO, REPORT_FORMATS, type ReportFormat } from '../../core/report/formats';
import { buildReportModel } from '../../core/report/model';
import { pdfLayout } from '../../core/report/pdf-layout';
import type { ReviewerProfile } from '../../core/review/profile';
import type { ReportRequest } from '../contract';
import { ApiError } from '../errors';
import { GENERATOR, reportInputs } from '../report-source';
import type { HandlerDeps, HandlerGroup } from './context';

export const PREVIEW_LIMIT = 200_000;

export function reportHandlers(deps: HandlerDeps): HandlerGroup<'renderReport' | 'saveReport' | 'reportFormats'> {
  const { store, dialogs, now, printPdf } = deps;
  const prepare = (request: ReportRequest) => {
    const profile = deps.appSettings?.profile;
    const ids = request.articleIds?.length ? request.articleIds : request.articleId ? [request.articleId] : [];
    const inputs = reportInputs(store.data, ids);
    const o = request.options ?? {};
    const options: ReportBuildOptions = {
      generatedAt: now(),
      ...reportAuthor(profile, store.data.settings.organisation),
      generator: GENERATOR,
      includePending: !o.reviewedOnly,
      minCheckworthiness: o.minCheckworthiness ?? 0,
      groupBy: o.groupBy ?? 'article',
      pageSize: o.pageSize ?? 'A4',
      reportUrl: o.reportUrl || undefined,
      layout: o.layout ?? 'full',
    };
    return { inputs, options, format: (request.format ?? 'md') as ReportFormat };
  };

  return {
    async reportFormats() {
      return REPORT_FORMATS.map((format) => ({ format, ...FORMAT_INFO[format] }));
    },

    async renderReport(request) {
      const { inputs, options, format } = prepare(request);
      const built = buildReport(format, inputs, options);
      const { markdown, body } = buildReportBody(inputs, options);
      const model = buildReportModel(
        inputs.map((i) => ({ meta: i.article.meta, claims: i.article.claims, reviews: i.reviews as never })),
        options,
      );
      const textual = FORMAT_INFO[format].textual;
      const text = textual ? built.content.replace(/^\uFEFF/, '') : undefined;
      return {
        markdown,
        html: body,
        suggestedName: built.suggestedName,
        format,
        ...(text !== undefined ? { text: text.slice(0, PREVIEW_LIMIT), truncated: text.length > PREVIEW_LIMIT } : {}),
        listed: FORMAT_INFO[format].complete ? model.total : model.selectedCount,
        total: model.total,
        warnings: built.warnings,
      };
    },

    async saveReport(request) {
      const { inputs, options, format } = prepare(request);
      if (format === 'pdf' && !printPdf) {
        throw new ApiError(
          'failed',
          'PDF printing is not available here. Save the HTML report and print it from a browser, or ' +
            'use `claimdesk report --format pdf`.',
        );
      }
      const built = buildReport(format, inputs, options);
      const info = FORMAT_INFO[format];
      const path = await dialogs.chooseReportPath(built.suggestedName, {
        name: info.filterName,
        extensions: [info.extension],
      });
      if (!path) return null;
      const bytes =
        format === 'pdf'
          ? await printPdf!(built.content, pdfLayout(options.pageSize ?? 'A4', built.title))
          : Buffer.from(built.content, 'utf8');
      await writeFile(path, bytes);
      return { path, format, bytes: bytes.byteLength };
    },
  };
}

/** The fact-checking organisation: the reviewer's profile, else the name an older workspace kept. */
export function reportAuthor(
  profile: ReviewerProfile | null | undefined,
  workspaceOrganisation: string,
): Pick<ReportBuildOptions, 'organisation' | 'organisationUrl' | 'logoUrl'> {
  if (profile?.organisation) {
    return { organisation: profile.organisation, organisationUrl: profile.organisationUrl, logoUrl: profile.logoUrl };
  }
  return { organisation: workspaceOrganisation };
}
