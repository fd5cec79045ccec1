// Word lists that keep ordinary words and people's names from resolving as outlets. "Sun", "Times", "Post" are
// outlet names only in outlet-like company ("the Sun", "Britain's Sun newspaper"); "Bloomberg" or "Fox" next to
// another capitalized word is a person ("Michael Bloomberg", "Sun Yat-sen").

/**
 * Single-word names that are also common English words. Alone in a phrase they need "the" before them, a media
 * noun after them, or to be the whole phrase (BARE_OK), and only reporting words may follow them.
 */
export const COMMON_WORD_NAMES: ReadonlySet<string> = new Set([
  'age', 'atlantic', 'australian', 'blaze', 'bulletin', 'chronicle', 'citizen', 'conversation', 'diplomat',
  'economist', 'examiner', 'express', 'federalist', 'free', 'gazette', 'globe', 'globes', 'guardian', 'herald',
  'hill', 'hindu', 'independent', 'inquirer', 'insider', 'intercept', 'journal', 'leadership', 'mail', 'metro',
  'mint', 'mirror', 'monitor', 'nation', 'observer', 'outlook', 'post', 'press', 'presse', 'print', 'punch',
  'quint', 'record', 'reporter', 'republic', 'salon', 'scotsman', 'scroll', 'slate', 'spectator', 'standard',
  'star', 'statesman', 'stuff', 'sun', 'telegraph', 'time', 'times', 'today', 'tribune', 'trend', 'vanguard',
  'verge', 'vice', 'week', 'wire', 'wired', 'fortune', 'newsroom', 'focus', 'index', 'expansion', 'valor',
  'frontline', 'tempo', 'capital', 'sky', 'dawn', 'paper', 'spinoff', 'edge', 'tyee', 'news', 'daily',
]);

/** Common-word names that may stand alone as the whole phrase ("Express" -> Express newspapers, with candidates). */
export const BARE_OK: ReadonlySet<string> = new Set([
  'express', 'times', 'post', 'mirror', 'guardian', 'telegraph', 'independent', 'globe', 'herald', 'tribune',
  'economist', 'atlantic', 'inquirer', 'examiner', 'chronicle', 'observer', 'spectator', 'scotsman', 'hindu',
  'australian', 'statesman', 'intercept', 'federalist', 'star',
]);

/** Single-word names that are also names of people or places: rejected next to another capitalized word. */
export const PERSON_LIKE_NAMES: ReadonlySet<string> = new Set([
  'bloomberg', 'forbes', 'fox', 'stern', 'petra', 'saba', 'mehr', 'fars', 'jang', 'kan', 'rai', 'sputnik',
  'irrawaddy', 'dunya', 'geo', 'walla', 'granma', 'semana', 'perfil', 'veja', 'exame', 'globo', 'folha',
  'welt', 'zeit', 'bild', 'blick', 'kurier', 'krone', 'delo', 'danas', 'politika', 'fakt', 'trouw', 'ara',
  'wort', 'libero', 'corriere', 'proceso', 'mothership', 'strana', 'lenta', 'fana', 'roya', 'shafaq', 'tass',
  'reuters', 'interfax', 'kommersant', 'regnum', 'telex', 'origo', 'delfi', 'onet', 'interia', 'dozhd',
  'vesti', 'zvezda', 'asahi', 'yomiuri', 'mainichi', 'sankei', 'chosun', 'joongang', 'hankyoreh', 'arirang',
  'kompas', 'detik', 'republika', 'utusan', 'rappler', 'ahram', 'rudaw', 'haaretz', 'maariv', 'ynet',
  'yedioth', 'yediot', 'anadolu', 'yonhap', 'kyodo', 'jiji', 'xinhua', 'antara', 'bernama', 'lusa', 'belga',
  'ritzau', 'agerpres', 'tanjug', 'armenpress', 'trend', 'tasnim', 'sana', 'wafa', 'kabar', 'montsame',
  'kayhan', 'nikkei', 'caixin', 'axios', 'politico', 'newsweek', 'vox', 'vice', 'slate', 'salon', 'semafor',
  'mediaite', 'breitbart', 'infowars', 'snopes', 'dawn', 'mint', 'tempo', 'stuff', 'crikey', 'newsday',
]);

/** Acronyms that are also other bodies' acronyms, rejected before these words ("DR Congo", "RBC Capital Markets"). */
export const ACRONYM_BLOCKED_BEFORE: Readonly<Record<string, readonly string[]>> = {
  dr: ['congo', 'dr'],
  mena: ['region', 'regions', 'countries', 'area', 'markets', 'states'],
  rbc: ['capital', 'bank', 'wealth', 'royal', 'economics', 'analysts', 'analyst'],
  abc: ['islands'],
  ani: [],
  spa: ['resort', 'treatment'],
  ap: ['style', 'stylebook', 'exam', 'exams', 'course', 'courses', 'test', 'tests', 'calculus', 'biology', 'chemistry', 'physics'],
};

/** Nouns that say a name is an outlet ("the Sun newspaper", "Yonhap news agency"). */
export const MEDIA_NOUNS: ReadonlySet<string> = new Set([
  'newspaper', 'newspapers', 'paper', 'tabloid', 'daily', 'weekly', 'magazine', 'broadsheet', 'website', 'site',
  'outlet', 'outlets', 'news', 'agency', 'wire', 'television', 'tv', 'channel', 'broadcaster', 'radio', 'network',
  'media', 'journal', 'editorial', 'columnist', 'reporter', 'reporters', 'correspondent', 'report', 'reports',
  'reported', 'editor', 'editors', 'online', 'podcast', 'investigation', 'story', 'article', 'poll', 'survey',
]);

/** Words that may follow a common-word name without making it part of something else ("the Sun said"). */
export const AFTER_NAME_OK: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'reported', 'reports', 'report', 'wrote', 'writes', 'write', 'claimed', 'claims',
  'published', 'publishes', 'cited', 'cites', 'citing', 'quoted', 'quotes', 'quoting', 'revealed', 'reveals',
  'added', 'adds', 'noted', 'notes', 'stated', 'states', 'learned', 'learnt', 'obtained', 'understands',
  'via', 'and', 'or', 'on', 'in', 'that', 'also', 'first', 'earlier', 'previously', 'has', 'had', 'have', 'was',
  'is', 'as', 'which', 'who', 'when', 'last', 'this', 'today', 'yesterday', 'according', 'reporting', 'by', 's',
  'newspaper', 'tabloid', 'daily', 'weekly', 'paper', 'magazine',
]);
