// ClaimReview JSON-LD (schema.org, and the fields search engines require or recommend): one ClaimReview per
// reviewed claim. claimReviewed is the claim as checked, without the verdict: the reviewer's wording, else the
// content of the innermost attribution ("Russian-Iranian commerce reached $40 billion"), else the sentence (see
// core/review/claim-wording.ts). The rating is the claim's published verdict on the newsroom's scale; a claim
// reviewed without a verdict is rated by its checklist status.
import { defaultWording } from '../review/claim-wording';
import type { ReviewStatus } from '../review/status';
import type { Claim } from '../types';
import { httpUrl } from '../urls';
import { domainUrl } from './markdown-escape';
import { buildReportModel, STATUS_LABEL, type ReportEntry } from './model';
import type { ReportArticle, ReportSelection } from './types';

export interface ClaimReviewOptions extends ReportSelection {
  /** The fact-checking organisation (settings); the reviewers are named instead when it is not set. */
  organisation?: string;
  organisationUrl?: string;
  /** The organisation's logo (author.logo). */
  logoUrl?: string;
  /** Where the report will be published; each ClaimReview's url is this plus the claim's anchor. */
  reportUrl?: string;
}

/** Verified is the best rating, disputed the worst; unsourced sits between (not shown true, not shown false). */
export const RATING: Record<Exclude<ReviewStatus, 'pending'>, number> = { verified: 3, unsourced: 2, disputed: 1 };
export const BEST_RATING = 3;
export const WORST_RATING = 1;

type Json = Record<string, unknown>;

export function buildClaimReviews(articles: readonly ReportArticle[], options: ClaimReviewOptions = {}): Json[] {
  const model = buildReportModel(articles, { ...options, includePending: false });
  const out: Json[] = [];
  for (const section of model.sections) {
    for (const e of section.selected) if (e.review.status !== 'pending') out.push(claimReview(e, options));
  }
  return out;
}

export function buildClaimReviewJsonLd(articles: readonly ReportArticle[], options: ClaimReviewOptions = {}): string {
  // < > & as \u escapes: the JSON means the same, and a publisher can embed it in <script type="application/ld+json">
  // without a "</script>" in a note or a name ending the element.
  const json = JSON.stringify(buildClaimReviews(articles, options), null, 2).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${json}\n`;
}

function claimReview(e: ReportEntry, options: ClaimReviewOptions): Json {
  const status = e.review.status as Exclude<ReviewStatus, 'pending'>;
  const meta = e.article.meta;
  const base = httpUrl(options.reportUrl);
  const appearance: Json = { '@type': 'CreativeWork', headline: meta.title };
  const articleUrl = httpUrl(meta.url);
  if (articleUrl) appearance.url = articleUrl;
  if (meta.publisher) appearance.publisher = { '@type': 'Organization', name: meta.publisher };
  const published = isoDay(meta.date);
  if (published) appearance.datePublished = published;

  // Where the claim appeared: with the outlet that reported it, when there is one besides the publisher.
  const outlet = outletAppearance(e.claim, meta.publisher);
  const item: Json = {
    '@type': 'Claim',
    author: claimAuthor(e.claim, meta.publisher),
    appearance: outlet ? [outlet, appearance] : appearance,
  };
  const first = firstAppearance(e.claim, meta.publisher);
  if (first) item.firstAppearance = first;
  if (published) item.datePublished = published;

  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: base ? `${base.split('#')[0]}#${e.anchor}` : `#${e.anchor}`,
    claimReviewed: e.review.wording?.trim() || claimReviewedText(e.claim),
    datePublished: e.review.updatedAt.slice(0, 10),
    author: reviewAuthor(e, options),
    reviewRating: rating(e, status),
    itemReviewed: item,
  };
}

function rating(e: ReportEntry, status: Exclude<ReviewStatus, 'pending'>): Json {
  const v = e.review.verdict;
  if (!v?.rating) {
    return {
      '@type': 'Rating',
      ratingValue: RATING[status],
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: STATUS_LABEL[status],
    };
  }
  // A rating off the numbered part of the scale ("Unproven") is published by its name alone.
  const numbered =
    Number.isInteger(v.ratingValue) && Number.isInteger(v.bestRating) && Number.isInteger(v.worstRating)
      ? { ratingValue: v.ratingValue, bestRating: v.bestRating, worstRating: v.worstRating }
      : {};
  return {
    '@type': 'Rating',
    ...numbered,
    alternateName: v.rating,
    ...(v.explanation?.trim() ? { ratingExplanation: v.explanation.trim() } : {}),
  };
}

/** Reviewed claims the report rates by their checklist status because they carry no published verdict. */
export function claimsWithoutVerdict(articles: readonly ReportArticle[], options: ClaimReviewOptions = {}): number {
  const model = buildReportModel(articles, { ...options, includePending: false });
  return model.sections
    .flatMap((s) => s.selected)
    .filter((e) => e.review.status !== 'pending' && !e.review.verdict?.rating).length;
}

function reviewAuthor(e: ReportEntry, options: ClaimReviewOptions): Json {
  const org = options.organisation?.trim();
  if (org) {
    const url = httpUrl(options.organisationUrl);
    const logo = httpUrl(options.logoUrl);
    return {
      '@type': 'Organization',
      name: org,
      ...(url ? { url } : {}),
      ...(logo ? { logo: { '@type': 'ImageObject', url: logo } } : {}),
    };
  }
  return { '@type': 'Person', name: e.review.reviewer || 'Unnamed reviewer' };
}

const ORGANISATION_WORDS =
  /\b(ministry|ministries|agency|government|office|department|council|committee|commission|authorit(?:y|ies)|officials?|media|news|police|army|military|forces|party|bank|company|corporation|inc|ltd|university|institute|organi[sz]ation|union|parliament|congress|senate|court|kremlin|white house|pentagon|state|nations|administration|embassy|group|board|service|bureau|centre|center|kcna|reuters|associated press)\b/i;

/** The claim's author: the speaker (a person, or a body when the name says so), else the outlet, else the publisher. */
export function claimAuthor(claim: Claim, publisher?: string): Json {
  if (claim.speaker?.name) {
    const name = claim.speaker.name;
    return { '@type': ORGANISATION_WORDS.test(name) ? 'Organization' : 'Person', name };
  }
  if (claim.outlet) return outletOrganisation(claim.outlet.name, claim.outlet.domain);
  return { '@type': 'Organization', name: publisher?.trim() || 'The article\u2019s publisher' };
}

function outletOrganisation(name: string, domain: string): Json {
  const url = domainUrl(domain);
  return { '@type': 'Organization', name, ...(url ? { url } : {}) };
}

/** The outlet that carried the claim (stated or inherited), as a work it published; none when it is the publisher. */
function outletAppearance(claim: Claim, publisher?: string): Json | null {
  const o = claim.outlet;
  if (!o || (publisher && o.name.toLowerCase() === publisher.toLowerCase())) return null;
  return { '@type': 'CreativeWork', publisher: outletOrganisation(o.name, o.domain) };
}

/** Where the claim first appeared, when the article says so: the outlet it names (stated, not inherited). */
function firstAppearance(claim: Claim, publisher?: string): Json | null {
  const o = claim.outlet;
  if (!o?.stated || (publisher && o.name.toLowerCase() === publisher.toLowerCase())) return null;
  return { '@type': 'CreativeWork', publisher: outletOrganisation(o.name, o.domain) };
}

/** The claim as checked when the reviewer has not edited it. */
export function claimReviewedText(claim: Claim): string {
  return defaultWording(claim);
}

function isoDay(date: string | undefined): string | null {
  if (!date) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(date)) return date.slice(0, 10);
  const t = Date.parse(date);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}
