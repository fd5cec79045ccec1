// Random inputs for the property-based security tests: any code unit (lone surrogates included), news-like
// fragments (cues, outlets, quotes, datelines, line endings), and markup fragments (HTML, Markdown, the corpus).
import fc from 'fast-check';
import { storedPayloads } from '../fixtures/hostile/corpus';

/** Any UTF-16 code unit, lone surrogates and controls included. */
export const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

const NEWS_FRAGMENTS = [
  'The minister said',
  ' said ',
  'according to ',
  'According to the Express, ',
  'Reuters',
  'KCNA',
  'via MSN',
  'as per ',
  'told reporters',
  'has repeatedly said that ',
  'Iranian Oil Minister Javad Owji',
  'North Korea\u2019s KCNA news agency',
  'Business World reported',
  'citing ',
  'officials in Seoul and Washington',
  'he added',
  'It said',
  'There are',
  '"',
  '\u201c',
  '\u201d',
  '\u2018',
  '\u2019',
  "'",
  '\u00ab',
  '\u00bb',
  ':',
  ' - ',
  ' \u2014 ',
  '(',
  ')',
  '.',
  '. ',
  ', ',
  '?',
  '!',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '  ',
  'Read Also:',
  'Related Article:',
  'Photo: AP',
  'By Jane Doe',
  'PHOENIX (AP) \u2014 ',
  '# ',
  '## ',
  '* ',
  '1. ',
  '> ',
  '4%',
  '1,200',
  'a record number of',
  'on Tuesday',
  'Mr.',
  'U.S.',
  'Dr. ',
  'e.g.',
  '...',
  '\u2026',
  'Putin',
  'Kim Jong Un',
  'Pyongyang\u2019s official media',
  'the Kremlin',
  '\u200b',
  '\u202e',
  '\ufeff',
  '\u00a0',
  '\u2028',
];

export const newsFragment = fc.constantFrom(...NEWS_FRAGMENTS);

const MARKUP_FRAGMENTS = [
  '<p>',
  '</p>',
  '<div>',
  '</div>',
  '<b>',
  '</b>',
  '<a href="',
  '">',
  '</a>',
  '<script>',
  '</script>',
  '<style>',
  '</style>',
  '<img src=x onerror=',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<svg>',
  '</svg>',
  '<math>',
  '<mglyph>',
  '<title>',
  '</title>',
  '<h1>',
  '</h1>',
  '<br>',
  '<table><tr><td>',
  '</td></tr></table>',
  '&amp;',
  '&lt;',
  '&gt;',
  '&#x6A;',
  '&colon;',
  '&#0;',
  '<meta property="og:title" content="',
  '<script type="application/ld+json">',
  '{"@type":"NewsArticle","headline":',
  '"__proto__":',
  '<html>',
  '<body>',
  '<!doctype html>',
  '<article>',
  '</article>',
  '<nav>',
  '<li>',
  '<ul>',
  '<pre>',
  '[',
  ']',
  '(',
  ')',
  '![',
  '](',
  '[r]: ',
  '<',
  '>',
  '`',
  '```',
  '*',
  '_',
  '**',
  '~~',
  '|',
  '---',
  '\\',
  '&',
  '=',
  '"',
  "'",
  'javascript:',
  'data:text/html,',
  'http://attacker.invalid/',
  'https://example.com/a?b=1&c=2',
  'onmouseover=',
  'style=',
];

export const markupFragment = fc.constantFrom(...MARKUP_FRAGMENTS);

/** A corpus payload, or a slice of one. */
export const corpusPiece = fc
  .tuple(fc.constantFrom(...storedPayloads().map((p) => p.payload)), fc.nat(), fc.nat())
  .map(([p, a, b]) =>
    a % 3 === 0 ? p : p.slice(Math.min(a, b) % (p.length + 1), Math.max(a, b) % (p.length + 1) || undefined),
  );

/** Random Unicode: whole code points (astral ones too) and single code units (lone surrogates). */
export const randomUnicode = fc.string({
  unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), codeUnit),
  maxLength: 400,
});

/** News-like text: fragments mixed with random Unicode. */
export const newsLike = fc.string({
  unit: fc.oneof(
    { weight: 6, arbitrary: newsFragment },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }) },
    { weight: 1, arbitrary: codeUnit },
  ),
  maxLength: 200,
});

/** Markup-like text: HTML and Markdown fragments, news fragments, corpus pieces and random Unicode. */
export const markupLike = fc.string({
  unit: fc.oneof(
    { weight: 5, arbitrary: markupFragment },
    { weight: 4, arbitrary: newsFragment },
    { weight: 1, arbitrary: corpusPiece },
    { weight: 1, arbitrary: codeUnit },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }) },
  ),
  maxLength: 150,
});

/** Anything a person may type into a note, a title or a name: markup, news, corpus pieces, random Unicode. */
export const personText = fc.oneof(markupLike, randomUnicode, corpusPiece);
