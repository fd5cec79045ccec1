// Who is reviewing: a person's profile, kept in the app's own settings (never in a workspace), so that a workspace
// handed to a colleague is signed with the colleague's name. The organisation fields feed ClaimReview's author.
import { httpUrl } from '../urls';

export interface ReviewerProfile {
  name: string;
  organisation: string;
  /** The organisation's site (ClaimReview author.url). */
  organisationUrl: string;
  /** The organisation's logo (ClaimReview author.logo). */
  logoUrl: string;
}

export const PROFILE_LIMITS = { name: 200, organisation: 200, url: 2000 } as const;

/** The profile as given, trimmed, or a message for the person saying what is wrong with it. */
export function cleanProfile(input: Partial<ReviewerProfile>): ReviewerProfile | { problem: string } {
  const text = (v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '');
  const name = text(input.name);
  if (!name) return { problem: 'Give your name: it signs every change you make.' };
  if (name.length > PROFILE_LIMITS.name)
    return { problem: `Your name is longer than ${PROFILE_LIMITS.name} characters.` };
  const organisation = text(input.organisation);
  if (organisation.length > PROFILE_LIMITS.organisation)
    return { problem: `The organisation's name is longer than ${PROFILE_LIMITS.organisation} characters.` };
  const urls: Record<'organisationUrl' | 'logoUrl', string> = { organisationUrl: '', logoUrl: '' };
  for (const key of ['organisationUrl', 'logoUrl'] as const) {
    const raw = text(input[key]);
    if (!raw) continue;
    const url = raw.length <= PROFILE_LIMITS.url ? httpUrl(raw) : null;
    const what = key === 'logoUrl' ? 'The logo' : "The organisation's site";
    if (!url) return { problem: `${what} must be an http or https address (got "${raw.slice(0, 80)}").` };
    urls[key] = url;
  }
  return { name, organisation, ...urls };
}

/**
 * The name a change is signed with. With the app's settings at hand the person's profile alone decides (an old
 * workspace's per-file name would sign a colleague's changes with the first reviewer's name); only a caller
 * without app settings (an old script, a test of the handlers alone) falls back to the workspace's name.
 */
export function signerName(profile: ReviewerProfile | null | undefined, fallback?: string): string {
  if (profile !== undefined) return profile?.name ?? '';
  return fallback?.trim() ?? '';
}
