// What a report is built from: the workspace's record of one article and its reviews, never the screen.
import type { ReviewStatus } from '../review/status';
import type { Claim } from '../types';

export interface ReportReview {
  status: ReviewStatus;
  note: string;
  reviewer: string;
  updatedAt: string;
}

export interface ReportArticle {
  meta: { title: string; url?: string; publisher?: string; date?: string };
  claims: Claim[];
  reviews: Record<string, ReportReview>;
}

export interface ReportOptions {
  generatedAt: Date;
  organisation?: string;
}
