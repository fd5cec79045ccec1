// What a report is built from: the workspace's record of articles and their reviews, never the screen.
import type { ReviewStatus } from '../review/status';
import type { Claim } from '../types';

/** One evidence link as a report shows it (read tolerantly from whatever the review stores). */
export interface ReportEvidence {
  url: string;
  title?: string;
  /** An archived copy the reviewer saved; the report links a web-archive lookup when there is none. */
  archivedUrl?: string;
}

export interface ReportReview {
  status: ReviewStatus;
  note: string;
  reviewer: string;
  updatedAt: string;
  /** Added by the review desk (issue 5); reviews written before it have none. */
  evidence?: unknown;
  /** The published verdict on the newsroom's scale (issue 14), with the numbers it was given with. */
  verdict?: { rating: string; explanation: string; ratingValue?: number; bestRating?: number; worstRating?: number };
  /** The claim as checked, when the reviewer edited it. */
  wording?: string;
}

export interface ReportArticleMeta {
  title: string;
  url?: string;
  publisher?: string;
  date?: string;
}

export interface ReportArticle {
  /** The workspace's article id (anchors and CSV rows use it); optional for one-off reports. */
  id?: string;
  meta: ReportArticleMeta;
  claims: Claim[];
  reviews: Record<string, ReportReview>;
}

export type ReportGrouping = 'article' | 'status' | 'outlet';

export interface ReportSelection {
  /** Leave pending claims out (default: include them). */
  includePending?: boolean;
  /** Only claims whose check-worthiness is at least this (0..1; default 0: every claim). */
  minCheckworthiness?: number;
  /** Article order (default), or grouped by status or by outlet. */
  groupBy?: ReportGrouping;
}

export interface ReportOptions extends ReportSelection {
  generatedAt: Date;
  /** The fact-checking organisation (the reviewer's profile). */
  organisation?: string;
}
