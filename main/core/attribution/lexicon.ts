// The hand-built lexicon behind cue detection: reporting and belief verbs with every inflection, the auxiliaries,
// modals, negation and adverbs a verb group may carry, noun cues, titles (stripped from speaker names), and
// function words that bound a source phrase. Lists, not a tagger: a tagger reads "Ukraine claims that" as a noun
// phrase and "Express" as a verb, so the rules that use these lists check the words around a cue instead.

export type VerbForm = 'base' | 's' | 'ed' | 'ing';

export interface VerbEntry {
  lemma: string;
  form: VerbForm;
}

// Verbs whose complement must be a clause ("believe it is ready", "claimed that ...") to count as a cue;
// with a plain object ("wrote a book", "claimed 20 lives", "added 3 points") they are not attributions.
export const CLAUSE_ONLY = new Set([
  'believe', 'think', 'fear', 'hope', 'expect', 'suspect', 'doubt', 'assume', 'feel', 'reckon', 'add', 'note',
  'write', 'claim', 'report', 'show', 'indicate', 'suggest', 'signal', 'imply', 'project', 'post', 'ask',
  'answer', 'agree', 'estimate', 'predict', 'recall', 'understand', 'repeat', 'hint', 'mention', 'know',
  'conclude', 'find', 'argue', 'explain', 'maintain', 'observe', 'contend', 'forecast', 'calculate', 'publish',
  'tweet', 'comment', 'remark', 'respond', 'reply', 'counter', 'worry', 'state', 'guarantee', 'certify', 'attest',
  'affirm', 'specify', 'clarify', 'highlight',
]);

// Verbs that take the addressee as object before the content ("told reporters that", "assured Kim that").
export const TAKES_ADDRESSEE = new Set([
  'tell', 'assure', 'warn', 'inform', 'remind', 'promise', 'ask', 'advise', 'notify', 'caution', 'reassure',
  'write', 'brief', 'persuade', 'convince', 'quote',
]);

// Verbs whose content may be an infinitive ("vowed to retaliate").
export const TAKES_TO = new Set(['plan', 'promise', 'vow', 'pledge', 'threaten', 'urge', 'ask', 'warn', 'tell', 'claim', 'deny', 'expect', 'hope', 'refuse', 'demand', 'advise', 'appear', 'seem']);

// Verbs whose object noun phrase is the content: "condemned the plan", "welcomed the decision", "urged Congress to
// act" (CONVENTIONS.md: speech acts with a noun-phrase content). The content stops before a coordinated verb.
export const NP_CONTENT = new Set([
  'condemn', 'defend', 'welcome', 'slam', 'dispute', 'dismiss', 'reject', 'denounce', 'criticize', 'criticise',
  'urge', 'praise', 'cheer', 'thank', 'accuse', 'describe', 'applaud', 'hail', 'blast', 'decry', 'laud', 'question',
  'celebrate',
]);
// Verbs that are cues only with an infinitive content: "plans to hold a vote".
export const TO_ONLY = new Set(['plan']);

// Verbs that are cues only with a particle, which joins the cue: "called for", "pointed out", "ruled out".
export const NEEDS_PARTICLE: ReadonlyMap<string, readonly string[]> = new Map([
  ['point', ['out']], ['rule', ['out']],
]);
// Optional particles that join the cue when present: "warned of", "asked for", "called for".
export const PARTICLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['warn', ['of', 'about', 'against']], ['ask', ['for']], ['call', ['for']], ['worry', ['about']],
  ['point', ['out']], ['rule', ['out']], ['hint', ['at']], ['speak', ['of']], ['complain', ['about']],
]);

const IRREGULAR: Record<string, string[]> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], think: ['thought'], feel: ['felt'], know: ['knew', 'known'],
  forecast: ['forecast', 'forecasted'], find: ['found'], understand: ['understood'], show: ['showed', 'shown'],
  hear: ['heard'], speak: ['spoke', 'spoken'],
};

const LEMMAS = [
  'say', 'tell', 'state', 'claim', 'assure', 'reassure', 'write', 'project', 'hint', 'warn', 'believe', 'announce',
  'deny', 'report', 'add', 'note', 'insist', 'argue', 'explain', 'suggest', 'confirm', 'reveal', 'declare',
  'assert', 'allege', 'acknowledge', 'admit', 'ask', 'reply', 'respond', 'predict', 'estimate', 'forecast',
  'promise', 'pledge', 'vow', 'threaten', 'urge', 'accuse', 'stress', 'emphasize', 'emphasise', 'underline',
  'underscore', 'maintain', 'contend', 'tweet', 'post', 'quote', 'indicate', 'show', 'think', 'fear', 'hope',
  'expect', 'suspect', 'doubt', 'assume', 'feel', 'reckon', 'recall', 'remark', 'comment', 'mention', 'observe',
  'complain', 'concede', 'conclude', 'disclose', 'reiterate', 'repeat', 'testify', 'inform', 'caution', 'signal',
  'imply', 'boast', 'joke', 'lament', 'counter', 'retort', 'affirm', 'answer', 'agree', 'speculate', 'advise',
  'notify', 'remind', 'demand', 'proclaim', 'publish', 'calculate', 'understand', 'brief', 'concur',
  'recount', 'acknowledge', 'announce', 'highlight',
  'specify', 'clarify', 'contradict', 'claim', 'confide', 'divulge', 'reaffirm', 'attest', 'certify', 'guarantee',
  'exclaim', 'explain', 'suggest',
  // Speech acts whose object is what was said ("condemned the vote", "welcomed the decision"), and intentions.
  'condemn', 'defend', 'welcome', 'slam', 'dispute', 'dismiss', 'reject', 'denounce', 'criticize', 'criticise',
  'worry', 'plan', 'point', 'call', 'find', 'praise', 'cheer', 'thank', 'accuse', 'describe', 'applaud',
  'hail', 'blast', 'decry', 'laud', 'question', 'celebrate', 'rule',
];

function inflect(base: string): Record<VerbForm, string[]> {
  const irr = IRREGULAR[base];
  let s: string;
  if (/(s|sh|ch|x|z)$/.test(base)) s = base + 'es';
  else if (/[^aeiou]y$/.test(base)) s = base.slice(0, -1) + 'ies';
  else s = base + 's';
  let ed: string;
  if (base.endsWith('e')) ed = base + 'd';
  else if (/[^aeiou]y$/.test(base)) ed = base.slice(0, -1) + 'ied';
  else if (/^(?:[^aeiou]*[aeiou])[^aeiouwxy]$/.test(base)) ed = base + base.slice(-1) + 'ed';
  else ed = base + 'ed';
  let ing: string;
  if (base.endsWith('ie')) ing = base.slice(0, -2) + 'ying';
  else if (base.endsWith('e') && !base.endsWith('ee')) ing = base.slice(0, -1) + 'ing';
  else if (/^(?:[^aeiou]*[aeiou])[^aeiouwxy]$/.test(base)) ing = base + base.slice(-1) + 'ing';
  else ing = base + 'ing';
  return { base: [base], s: [s], ed: irr ?? [ed], ing: [ing] };
}

export const VERBS = new Map<string, VerbEntry>();
for (const lemma of LEMMAS) {
  const f = inflect(lemma);
  for (const form of ['base', 's', 'ed', 'ing'] as VerbForm[]) {
    for (const w of f[form]) if (!VERBS.has(w)) VERBS.set(w, { lemma, form });
  }
}
// Regular doubling misfires for a few verbs; the correct forms win.
for (const [w, lemma, form] of [
  ['visited', 'visit', 'ed'], ['stated', 'state', 'ed'], ['noted', 'note', 'ed'], ['quoted', 'quote', 'ed'],
  ['posted', 'post', 'ed'], ['reported', 'report', 'ed'], ['commented', 'comment', 'ed'], ['admitted', 'admit', 'ed'],
  ['admitting', 'admit', 'ing'], ['signaled', 'signal', 'ed'], ['signalled', 'signal', 'ed'], ['signaling', 'signal', 'ing'],
  ['signalling', 'signal', 'ing'], ['answered', 'answer', 'ed'], ['countered', 'counter', 'ed'], 
  ['concurred', 'concur', 'ed'], ['repeated', 'repeat', 'ed'], ['threatened', 'threaten', 'ed'], ['underlined', 'underline', 'ed'],
  ['warned', 'warn', 'ed'], ['warning', 'warn', 'ing'], ['tweeted', 'tweet', 'ed'],
  ['reckoned', 'reckon', 'ed'], ['feared', 'fear', 'ed'], ['doubted', 'doubt', 'ed'], ['recounted', 'recount', 'ed'],
  ['slammed', 'slam', 'ed'], ['slamming', 'slam', 'ing'], ['planned', 'plan', 'ed'], ['planning', 'plan', 'ing'],
  ['disputed', 'dispute', 'ed'],
  ['called', 'call', 'ed'], ['calling', 'call', 'ing'], ['pointed', 'point', 'ed'],
  ['questioned', 'question', 'ed'], ['ruled', 'rule', 'ed'], ['ruling', 'rule', 'ing'], ['blasted', 'blast', 'ed'], ['hailed', 'hail', 'ed'], ['cheered', 'cheer', 'ed'], ['thanked', 'thank', 'ed'],
  ['saying', 'say', 'ing'], ['says', 'say', 's'], ['telling', 'tell', 'ing'], ['writing', 'write', 'ing'],
] as [string, string, VerbForm][]) {
  VERBS.set(w, { lemma, form });
}

export const AUX = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ought', "'ll", "'d", "'ve",
]);
export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am']);
export const NEG = new Set(['not', "n't", 'never', 'no', 'neither']);
export const NEG_CONTRACTED = /n't$/;

// Adverbs a verb group may carry; words in -ly count too unless listed as nouns or adjectives below.
export const ADVERBS = new Set([
  'also', 'again', 'already', 'still', 'just', 'even', 'then', 'later', 'earlier', 'previously', 'once', 'further',
  'first', 'often', 'long', 'too', 'now', 'reportedly', 'allegedly', 'repeatedly', 'ever', 'always', 'yet',
  'since', 'soon', 'subsequently', 'separately', 'initially', 'originally', 'recently', 'today', 'yesterday',
  'privately', 'publicly', 'openly', 'quietly', 'flatly', 'firmly', 'strongly', 'falsely', 'wrongly', 'rightly',
  'however', 'meanwhile', 'though', 'also', 'twice', 'only', 'last', 'finally', 'further', 'once', 'furthermore',
]);
export const LY_NOUNS = new Set([
  'family', 'assembly', 'supply', 'anomaly', 'monopoly', 'rally', 'ally', 'reply', 'italy', 'july', 'bully', 'belly',
  'jelly', 'lily', 'homily', 'ugly', 'holy', 'only', 'early', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly',
  'friendly', 'elderly', 'lonely', 'lovely', 'likely', 'unlikely', 'deadly', 'costly', 'timely', 'orderly', 'fly',
  'apply', 'rely', 'imply', 'comply', 'multiply', 'reply', 'kelly', 'emily', 'sally', 'molly', 'billy', 'willy',
  'napoli', 'sicily', 'philly', 'beverly', 'kimberly', 'scully', 'manly', 'silly', 'woolly', 'hilly', 'jolly',
]);

export function isAdverb(l: string): boolean {
  return ADVERBS.has(l) || (l.length >= 6 && l.endsWith('ly') && !LY_NOUNS.has(l));
}

// "is expected to announce", "declined to say", "was quoted as saying": words that chain onto a verb group.
export const CHAIN_TO = new Set([
  'expected', 'set', 'due', 'likely', 'unlikely', 'going', 'about', 'able', 'unable', 'plans', 'plan', 'planned',
  'planning', 'wants', 'want', 'wanted', 'declined', 'refused', 'decline', 'refuse', 'declines', 'refuses',
  'continued', 'continues', 'continue', 'appeared', 'seemed', 'seems', 'appears', 'tried', 'tries', 'try',
  'sought', 'seeks', 'seek', 'ready', 'scheduled', 'poised', 'prepared', 'willing', 'reluctant', 'used',
  'went', 'goes', 'go', 'came', 'yet', 'hoping', 'hoped', 'intends', 'intended', 'intend', 'needs', 'need',
  'needed', 'has', 'have', 'had', 'got', 'gets', 'get', 'chose', 'chosen', 'decided', 'decides', 'agreed',
  'reported', 'said', 'believed', 'thought', 'known', 'understood', 'rumored', 'rumoured', 'alleged', 'claimed',
  'supposed', 'feared', 'estimated',
]);

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'such',
  'every', 'each', 'some', 'any', 'many', 'several', 'few', 'no', 'another', 'other', 'both', 'all', 'whose',
]);

export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which']);
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);

export const PREPOSITIONS = new Set([
  'to', 'of', 'about', 'on', 'with', 'for', 'at', 'in', 'into', 'from', 'over', 'against', 'by', 'during',
  'after', 'before', 'via', 'through', 'under', 'amid', 'among', 'between', 'outside', 'inside', 'near', 'since',
  'upon', 'toward', 'towards', 'across', 'behind', 'beyond', 'within', 'without', 'despite', 'like', 'as', 'than',
  'onto', 'off', 'out', 'up', 'down', 'around', 'along', 'per',
]);

// Words that open a new clause: a source phrase never reaches back across them.
export const CLAUSE_WORDS = new Set([
  'and', 'but', 'or', 'nor', 'while', 'as', 'because', 'after', 'before', 'when', 'since', 'although',
  'though', 'whereas', 'if', 'that', 'which', 'who', 'whom', 'where', 'so', 'yet', 'than', 'until', 'unless',
  'whether', 'once', 'then', 'however', 'meanwhile', 'also', 'despite', 'amid', 'why', 'how', 'what', 'whose',
]);

// Common verbs that end a subject noun phrase when scanning forward ("North Korea's foreign ministry slammed").
export const COMMON_VERBS = new Set([
  'slammed', 'criticized', 'criticised', 'condemned', 'rejected', 'welcomed', 'praised', 'met', 'sent', 'made',
  'took', 'gave', 'got', 'went', 'came', 'saw', 'held', 'kept', 'left', 'put', 'ran', 'set', 'cut', 'hit', 'let',
  'began', 'became', 'brought', 'bought', 'built', 'fought', 'sought', 'found', 'lost', 'paid', 'sold', 'spent',
  'stood', 'won', 'led', 'fell', 'rose', 'grew', 'drew', 'flew', 'threw', 'wore', 'broke', 'chose', 'spoke',
  'offered', 'launched', 'fired', 'conducted', 'signed', 'called', 'urged', 'voted', 'wants', 'needs', 'plans',
  'seeks', 'faces', 'remains', 'continues', 'appears', 'seems', 'looks', 'calls', 'makes', 'takes', 'gives',
  'goes', 'comes', 'sees', 'holds', 'keeps', 'leads', 'runs', 'sets', 'lets', 'gets', 'puts', 'uses', 'used',
  'responded', 'reacted', 'accused', 'blamed', 'dismissed', 'vowed', 'pledged',
]);

export const NOUN_CUES = new Set([
  'fear', 'fears', 'claim', 'claims', 'belief', 'beliefs', 'statement', 'statements', 'report', 'reports',
  'warning', 'warnings', 'assertion', 'assertions', 'allegation', 'allegations', 'suggestion', 'suggestions',
  'speculation', 'rumor', 'rumors', 'rumour', 'rumours', 'suspicion', 'suspicions', 'concern', 'concerns',
  'hope', 'hopes', 'expectation', 'expectations', 'assurance', 'assurances', 'indication', 'indications',
  'announcement', 'admission', 'insistence', 'argument', 'accusation', 'accusations', 'prediction',
  'predictions', 'view', 'word', 'news', 'confirmation', 'denial', 'promise', 'pledge', 'threat', 'estimate',
  'estimates', 'remarks', 'comments', 'assessment', 'warning', 'signs', 'sign', 'evidence', 'speculation',
]);

// Artefacts of a source that sit between source and verb ("The president's report indicated").
export const ARTEFACTS = new Set([
  'letter', 'letters', 'statement', 'statements', 'report', 'reports', 'study', 'studies', 'survey', 'surveys',
  'data', 'poll', 'polls', 'analysis', 'memo', 'document', 'documents', 'tweet', 'tweets', 'post', 'posts',
  'website', 'filing', 'filings', 'message', 'messages', 'speech', 'remarks', 'comments', 'note', 'notes',
  'interview', 'book', 'article', 'editorial', 'commentary', 'account', 'testimony', 'figures', 'records',
  'release', 'bulletin', 'broadcast', 'dispatch', 'announcement', 'decree', 'communique', 'communiqué',
  'research', 'findings', 'estimates', 'assessment', 'paper', 'email', 'emails', 'transcript', 'telegram',
]);

// Title words stripped from a source to get a person's name ("Russian President Vladimir Putin").
export const TITLES = new Set([
  'president', 'vice', 'prime', 'minister', 'ministers', 'secretary', 'secretary-general', 'chancellor', 'king',
  'queen', 'prince', 'princess', 'premier', 'governor', 'senator', 'sen', 'rep', 'representative', 'mayor',
  'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo',
  'director', 'director-general', 'chief', 'leader', 'supreme', 'deputy', 'former', 'acting', 'mr', 'mrs', 'ms',
  'dr', 'prof', 'professor', 'judge', 'justice', 'commander', 'colonel', 'col', 'lt', 'captain', 'capt',
  'adm', 'admiral', 'sgt', 'sergeant', 'pope', 'cardinal', 'bishop', 'rabbi', 'imam', 'sheikh', 'emperor',
  'envoy', 'official', 'lawmaker', 'congressman', 'congresswoman', 'mp', 'head', 'founder', 'executive',
  'analyst', 'economist', 'researcher', 'author', 'editor', 'correspondent', 'reporter', 'gen', 'maj', 'major',
  'lieutenant', 'marshal', 'general', 'attorney', 'solicitor', 'commissioner', 'superintendent', 'inspector',
  'sir', 'dame', 'lord', 'lady', 'chairperson', 'speaker', 'councillor', 'councilor', 'sheriff', 'coach',
  'striker', 'manager', 'boss', 'founder', 'co-founder', 'owner', 'officer', 'spy', 'diplomat', 'negotiator',
  'adviser', 'advisor', 'aide', 'counsel', 'presidential', 'foreign', 'defense', 'defence', 'interior',
  'finance', 'economy', 'trade', 'health', 'oil', 'energy', 'state', 'first', 'lady', 'crown', 'grand', 'duke',
  'secretary-general', 'dictator', 'strongman', 'opposition', 'activist', 'candidate', 'nominee', 'mrs.', 'mr.',
  'dr.', 'gen.', 'sen.', 'rep.', 'gov', 'gov.', 'pres', 'prof.', 'st', 'rev', 'rev.', 'fr', 'hon', 'whip', 'majority',
  'minority', 'govs', 'sens', 'reps', 'strategist',
]);

// Words that make a name an organisation or place rather than a person.
export const ORG_WORDS = new Set([
  'ministry', 'agency', 'department', 'house', 'council', 'committee', 'party', 'government', 'bank', 'union',
  'office', 'army', 'forces', 'court', 'commission', 'organization', 'organisation', 'association', 'institute',
  'university', 'news', 'times', 'post', 'media', 'group', 'company', 'corp', 'inc', 'ltd', 'kremlin', 'pentagon',
  'nations', 'korea', 'states', 'kingdom', 'republic', 'federation', 'embassy', 'navy', 'police', 'service',
  'authority', 'authorities', 'foundation', 'fund', 'board', 'bureau', 'center', 'centre', 'administration',
  'cabinet', 'parliament', 'congress', 'senate', 'assembly', 'secretariat', 'command', 'network', 'tv',
  'radio', 'journal', 'daily', 'herald', 'tribune', 'telegraph', 'guardian', 'express', 'mail', 'world',
  'press', 'nato', 'eu', 'un', 'who', 'imf', 'iaea', 'opec',
]);

export const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
export const GROUP_WORDS = new Set([
  'authorities', 'officials', 'experts', 'analysts', 'sources', 'diplomats', 'residents', 'people', 'witnesses',
  'critics', 'observers', 'scientists', 'researchers', 'lawmakers', 'leaders', 'investigators', 'prosecutors',
  'police', 'military', 'government', 'ministry', 'officers', 'members', 'activists', 'doctors', 'economists',
  'journalists', 'reporters', 'users', 'voters', 'polls', 'rebels', 'forces', 'troops',
]);

// Time words: a phrase "on Monday", "in June", "last week" trails a source without belonging to it.
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'week', 'weekend', 'month', 'year', 'today',
  'yesterday', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'day', 'earlier', 'later', 'recently',
  'time', 'statement', 'interview', 'conference', 'briefing', 'speech', 'post', 'letter', 'tweet', 'meeting',
  'address', 'report', 'message', 'broadcast', 'hearing', 'session', 'summit', 'call', 'phone', 'radio',
  'television', 'monday\'s', 'weekend\'s', 'wednesday\'s',
]);

// Prepositions that open a time or venue phrase after a cue ("said in a statement", "said on the Senate floor").
export const VENUE_PREPS = new Set(['in', 'on', 'at', 'during', 'via', 'through', 'after', 'before', 'from', 'aboard', 'with', 'to', 'over']);

// Nouns that head a venue phrase: the medium or occasion of what was said.
export const VENUE_NOUNS = new Set([
  'statement', 'statements', 'interview', 'interviews', 'conference', 'briefing', 'speech', 'post', 'posts',
  'letter', 'tweet', 'meeting', 'address', 'message', 'broadcast', 'hearing', 'session', 'summit', 'call',
  'phone', 'radio', 'television', 'email', 'e-mail', 'editorial', 'op-ed', 'memo', 'filing', 'report', 'floor',
  'podcast', 'video', 'appearance', 'rally', 'event', 'remarks', 'testimony', 'release', 'note', 'blog',
  'column', 'essay', 'text', 'emails', 'posting', 'thread', 'livestream', 'show', 'program', 'programme',
  'reporters', 'journalists', 'supporters', 'audience', 'crowd', 'forum', 'panel', 'debate', 'documents',
  'filings', 'court', 'tv', 'network', 'radio', 'website', 'newsletter', 'book', 'memoir', 'condition',
  'anonymity', 'record',
]);
