// Lines that are page furniture rather than article prose: photo credits, "Read Also:" links, share and embed
// lines, bylines, advertisements, copyright and date lines. Each rule is anchored and runs on one trimmed line
// no longer than MAX_LINE, so none can backtrack over a long text.

const MAX_LINE = 400;

interface Rule {
  re: RegExp;
  reason: string;
  /** Only lines up to this length (furniture is short; prose with the same start is not furniture). */
  max?: number;
}

const SOCIAL =
  'share|shares|tweet|email|e-mail|print|copy|copy link|embed|' +
  'facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|youtube|instagram|tiktok|telegram|flipboard|threads|' +
  'bluesky|mastodon|follow|follow us|subscribe|sign up|newsletter|comment|comments|save|bookmark|like|pin it|' +
  'gift article|listen|on|this|article|story|us|to|via|now|link|our|the|and|or|with|page';

const RULES: Rule[] = [
  {
    re: /^[([{]?\s*(?:photo|photograph|photos|image|images|picture|pictured|video|graphic|illustration|credit|credits|source|caption|file photo)\s*(?:credit)?\s*[:：|]/i,
    reason: 'photo credit',
    max: 300,
  },
  { re: /^[([{]?\s*(?:photo|image|picture|video)\s+(?:by|courtesy|credit|via)\b/i, reason: 'photo credit', max: 300 },
  {
    re: /(?:getty images|shutterstock|afp via getty|ap photo|reuters\/|\/reuters|\/afp|epa-efe|alamy|istock|imago|sipa usa|\/ap\b|\/pool)[^.!?]{0,40}[)\]]?\s*$/i,
    reason: 'photo credit',
    max: 200,
  },
  {
    re: /^(?:read also|also read|read more|read next|read|more|related(?: articles?| stories| story| news| coverage| content| posts?| links?| reading| topics?)?|see also|see more|more on this(?: story)?|more from [^:]{1,40}|recommended(?: for you| reading| stories| videos?)?|must read|don't miss|trending(?: now| stories)?|watch(?: now| more| also)?|listen(?: now)?|click here|you may also like|you might also like|editor'?s picks?|latest(?: news| stories)?|top stories|popular|most read|up next|further reading|explore more|also on [^:]{1,40})\s*[:\-|>»]/i,
    reason: 'related link',
    max: 300,
  },
  { re: /^@[\p{L}\p{N}_.]+$/u, reason: 'social embed' },
  { re: new RegExp(`^(?:(?:${SOCIAL})[\\s,|/·•:+-]*){1,8}$`, 'i'), reason: 'share line', max: 80 },
  { re: /\((?:@[\w.]+)\)\s+\p{L}+\s+\d{1,2},\s+\d{4}\s*$/u, reason: 'social embed', max: 400 },
  { re: /(?:pic\.twitter\.com\/|t\.co\/)\S*\s*$/i, reason: 'social embed' },
  {
    re: /^(?:advertisement|advertising|sponsored(?: content| post)?|ad|ads|paid content|promoted|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading(?: below| the main story)?|scroll to continue(?: with content)?|skip (?:advert|ad)(?:isement)?)\s*$/i,
    reason: 'advertisement',
  },
  {
    re: /^[Bb]y\s+(?:[\p{Lu}][\p{L}.'-]*\s+){0,3}[\p{Lu}][\p{L}.'-]*(?:\s*(?:,|and|&)\s*(?:[\p{Lu}][\p{L}.'-]*\s+){0,3}[\p{Lu}][\p{L}.'-]*){0,3}(?:\s*[,|/-]\s*[^.!?]{0,50})?$/u,
    reason: 'byline',
    max: 160,
  },
  {
    re: /^(?:[Ww]ritten|[Rr]eported|[Ee]dited|[Cc]ompiled|[Pp]roduced|[Ww]ords|[Tt]ext|[Ii]nterview)\s+by\s+\p{Lu}/u,
    reason: 'byline',
    max: 200,
  },
  {
    re: /^[([]?\s*(?:additional\s+)?(?:reporting|writing|editing|research|fact-checking|graphics)\s+by\b/i,
    reason: 'credit line',
    max: 300,
  },
  { re: /^(?:©|\(c\)\s|copyright\b|all rights reserved)/i, reason: 'copyright', max: 300 },
  { re: /^(?:https?:\/\/|www\.)\S+$/i, reason: 'link' },
  {
    re: /^(?:published|updated|posted|last updated|first published|modified)\b[^.!?]{0,80}$/i,
    reason: 'date line',
    max: 100,
  },
  { re: /^\d+\s*(?:-\s*)?min(?:ute)?s?\s+read$/i, reason: 'reading time' },
  { re: /^(?:tags?|topics?|filed under|categories|category|keywords)\s*:/i, reason: 'tags', max: 300 },
  {
    re: /^(?:sign up|subscribe|get the|download the|follow)\b[^.!?]{0,80}(?:newsletter|app|updates|alerts)\b/i,
    reason: 'promotion',
    max: 160,
  },
  { re: /^[([][^()[\]]{0,200}[)\]]$/, reason: 'parenthetical note', max: 200 },
];

/** The reason a trimmed line is furniture, or null when it is article text. */
export function boilerplateReason(line: string): string | null {
  if (line.length === 0 || line.length > MAX_LINE) return null;
  for (const r of RULES) {
    if (r.max !== undefined && line.length > r.max) continue;
    if (r.re.test(line)) return r.reason;
  }
  return null;
}
