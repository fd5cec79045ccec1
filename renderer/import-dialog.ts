// Importing in two steps. First the source: pasted text, a file (.txt, .md, .html), or a web address fetched by
// the main side. Then the check: the text as read, its metadata in editable fields, any warnings, and whether it
// is a new article or a new version of one already in the library. Nothing is saved before "Import".
import type { ImportPreview, ImportResult, WorkspaceInfo } from '../main/api/contract';
import { invoke, request } from './bridge-client';
import { el } from './dom';
import { openModal, type Modal } from './modal-dialog';

export type ImportTab = 'paste' | 'file' | 'url';

export interface ImportDialogOptions {
  workspace: WorkspaceInfo | null;
  tab?: ImportTab;
  /** Opens straight on the check step (a dropped or opened file). */
  preview?: ImportPreview;
  /** Preselects "new version of" this article. */
  replaceArticleId?: string;
  onImported(result: ImportResult): void;
}

const PREVIEW_CHARS = 4000;
/** How often the dialog asks how far a running import has got. */
const PROGRESS_POLL_MS = 200;

type PreviewAnswer = { ok: true; value: ImportPreview } | { ok: false; error: { message: string } } | null;

function newJobId(): string {
  return `job-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function openImportDialog(options: ImportDialogOptions): Modal {
  let runningJob: string | null = null;
  const body = el('div', { className: 'import-body' });
  const problem = el('p', { className: 'field-error', id: 'import-problem', attrs: { role: 'alert', hidden: true } });
  const back = el('button', { className: 'button', text: 'Back', attrs: { type: 'button', hidden: true } });
  const cancel = el('button', { className: 'button', text: 'Cancel', attrs: { type: 'button' } });
  const next = el('button', { className: 'button button-primary', text: 'Preview', attrs: { type: 'button' } });
  const modal = openModal({
    title: 'Import an article',
    className: 'import-dialog',
    body: [body, problem],
    actions: [back, el('span', { className: 'spacer' }), cancel, next],
    // Closing the dialog (Escape) while a page is being read stops that import too.
    onClose: () => {
      if (runningJob) void invoke('cancelImport', { jobId: runningJob });
    },
  });
  const say = (message: string | null): void => {
    problem.textContent = message ?? '';
    problem.hidden = !message;
  };
  const busy = (on: boolean): void => {
    for (const b of [back, cancel, next]) b.disabled = on;
    modal.element.setAttribute('aria-busy', String(on));
  };
  // While an import reads its page (in a worker in main), a bar shows how far it has got and Cancel stops it.
  const progressBar = el('progress', {
    className: 'import-progress-bar',
    id: 'import-progress-bar',
    attrs: { max: 100, value: 0, 'aria-label': 'Import progress' },
  });
  const progressStage = el('span', { className: 'import-progress-stage', id: 'import-progress-stage' });
  const progress = el('div', { className: 'import-progress', id: 'import-progress', attrs: { hidden: true } }, [
    progressStage,
    progressBar,
  ]);
  modal.element.querySelector('.import-body')?.after(progress);
  cancel.addEventListener('click', () => {
    if (runningJob) {
      void invoke('cancelImport', { jobId: runningJob });
      progressStage.textContent = 'Cancelling…';
      return;
    }
    modal.close();
  });

  let tab: ImportTab = options.tab ?? 'paste';
  let run: () => Promise<void> = async () => undefined;

  // Step 1: where the article comes from.
  const showSource = (): void => {
    say(null);
    back.hidden = true;
    next.textContent = 'Preview';
    const tabs: [ImportTab, string][] = [
      ['paste', 'Paste text'],
      ['file', 'Open a file'],
      ['url', 'From a web address'],
    ];
    const tabButtons = tabs.map(([id, label]) =>
      el('button', {
        className: 'tab',
        id: `import-tab-${id}`,
        text: label,
        attrs: {
          type: 'button',
          role: 'tab',
          'aria-selected': String(id === tab),
          'aria-controls': 'import-panel',
          tabindex: id === tab ? 0 : -1,
        },
      }),
    );
    const tabList = el(
      'div',
      { className: 'tabs', attrs: { role: 'tablist', 'aria-label': 'Where the article comes from' } },
      tabButtons,
    );
    const panel = el('div', {
      className: 'tab-panel',
      id: 'import-panel',
      attrs: { role: 'tabpanel', 'aria-labelledby': `import-tab-${tab}` },
    });
    tabButtons.forEach((b, i) => {
      b.addEventListener('click', () => {
        tab = tabs[i]?.[0] ?? 'paste';
        showSource();
      });
      b.addEventListener('keydown', (event) => {
        if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
        event.preventDefault();
        const j = (i + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length;
        tab = tabs[j]?.[0] ?? 'paste';
        showSource();
        document.getElementById(`import-tab-${tab}`)?.focus();
      });
    });
    body.replaceChildren(tabList, panel);
    if (tab === 'paste') {
      const text = el('textarea', {
        className: 'field-input import-text',
        id: 'import-text',
        attrs: {
          rows: 14,
          placeholder: 'Paste the article here: headline, paragraphs, everything. HTML works too.',
          spellcheck: 'false',
        },
      });
      panel.append(
        el('label', { className: 'field-label', attrs: { for: 'import-text' }, text: 'Article text' }),
        text,
        el('p', {
          className: 'field-hint',
          text: 'You can also drop a .txt, .md or .html file anywhere on the window.',
        }),
      );
      text.focus();
      run = async () => {
        if (text.value.trim() === '') {
          say('Paste the article text first.');
          text.focus();
          return;
        }
        await preview((jobId) => invoke('previewImport', { text: text.value, jobId }));
      };
    } else if (tab === 'file') {
      const choose = el('button', {
        className: 'button button-primary',
        id: 'import-choose-file',
        text: 'Choose a file…',
        attrs: { type: 'button' },
      });
      panel.append(
        el('p', {
          className: 'field-hint',
          text: 'A .txt or .md article, or a saved web page (.html): the article body is taken out of the page.',
        }),
        choose,
      );
      choose.addEventListener('click', () => void run());
      choose.focus();
      run = async () => {
        await preview(async () => {
          const r = await request('previewArticleFile', {}, 'Could not open the file');
          if (!r.ok) return r;
          return r.value === null ? null : { ok: true as const, value: r.value };
        }, false);
      };
    } else {
      const url = el('input', {
        className: 'field-input',
        id: 'import-url',
        attrs: { type: 'url', placeholder: 'https://…', autocomplete: 'off', spellcheck: 'false' },
      });
      const allow = el('input', { id: 'import-allow-private', attrs: { type: 'checkbox' } });
      allow.checked = options.workspace?.settings.allowPrivateNetwork === true;
      allow.addEventListener('change', async () => {
        const r = await request(
          'setImportSettings',
          { allowPrivateNetwork: allow.checked },
          'Could not change the setting',
        );
        if (!r.ok) allow.checked = !allow.checked;
        else if (options.workspace) options.workspace.settings = r.value;
      });
      panel.append(
        el('label', { className: 'field-label', attrs: { for: 'import-url' }, text: 'Web address' }),
        url,
        el('p', {
          className: 'field-hint',
          text:
            'The page is fetched by ClaimDesk (not shown): its article text, title, author, publisher, ' +
            'date and canonical address are read. http and https only; 15 s and 5 MB at most.',
        }),
        el('label', { className: 'check-label', attrs: { for: 'import-allow-private' } }, [
          allow,
          ' Allow private network addresses (an intranet or a local server)',
        ]),
      );
      url.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          void run();
        }
      });
      url.focus();
      run = async () => {
        if (!/^https?:\/\/\S+/i.test(url.value.trim())) {
          say('Type a web address that starts with http:// or https://.');
          url.focus();
          return;
        }
        next.textContent = 'Fetching…';
        await preview((jobId) => invoke('previewImport', { url: url.value.trim(), jobId }));
        if (next.textContent === 'Fetching…') next.textContent = 'Preview';
      };
    }
  };

  const preview = async (get: (jobId: string) => Promise<PreviewAnswer>, cancellable = true): Promise<void> => {
    say(null);
    busy(true);
    const jobId = newJobId();
    if (cancellable) {
      runningJob = jobId;
      cancel.disabled = false;
    }
    progressBar.value = 0;
    progressStage.textContent = 'Starting…';
    // Shown only when the import takes a moment: a short text is read before the bar would flash.
    const reveal = setTimeout(() => (progress.hidden = false), 300);
    let polling = true;
    const poll = async (): Promise<void> => {
      while (polling) {
        await new Promise((resolve) => setTimeout(resolve, PROGRESS_POLL_MS));
        if (!polling) return;
        const r = await invoke('importProgress', { jobId });
        if (polling && r.ok && r.value && progressStage.textContent !== 'Cancelling…') {
          progressBar.value = Math.round(r.value.fraction * 100);
          progressStage.textContent = `${r.value.stage}…`;
        }
      }
    };
    void poll();
    const result = await get(jobId);
    polling = false;
    clearTimeout(reveal);
    progress.hidden = true;
    runningJob = null;
    busy(false);
    if (!result) return;
    if (!result.ok) {
      say(result.error.message);
      return;
    }
    showCheck(result.value);
  };

  // Step 2: check what was read and edit the metadata.
  const showCheck = (p: ImportPreview): void => {
    say(null);
    back.hidden = false;
    next.textContent = 'Import';
    const field = (id: string, label: string, value: string | undefined, type = 'text'): HTMLInputElement => {
      const input = el('input', {
        className: 'field-input',
        id: `meta-${id}`,
        attrs: { type, autocomplete: 'off', value: value ?? '' },
      });
      input.value = value ?? '';
      return input;
    };
    const title = field('title', 'Title', p.meta.title);
    const author = field('author', 'Author', p.meta.author);
    const publisher = field('publisher', 'Publisher', p.meta.publisher);
    const date = field('date', 'Date', p.meta.date);
    const url = field('url', 'URL', p.meta.url, 'url');
    const row = (id: string, label: string, input: HTMLInputElement) =>
      el('div', { className: 'meta-field' }, [
        el('label', { className: 'field-label', attrs: { for: `meta-${id}` }, text: label }),
        input,
      ]);
    const articles = options.workspace?.articles ?? [];
    const target = el('select', { className: 'field-input', id: 'import-target', attrs: { 'aria-label': 'Save as' } }, [
      el('option', { text: 'A new article in the library', attrs: { value: '' } }),
      ...(p.sameAs.length
        ? [
            el(
              'optgroup',
              { attrs: { label: 'A new version of (looks like the same article)' } },
              p.sameAs.map((s) => el('option', { text: s.title, attrs: { value: s.articleId } })),
            ),
          ]
        : []),
      el(
        'optgroup',
        { attrs: { label: 'A new version of' } },
        articles
          .filter((a) => !p.sameAs.some((s) => s.articleId === a.id))
          .map((a) => el('option', { text: a.meta.title, attrs: { value: a.id } })),
      ),
    ]);
    target.value = options.replaceArticleId ?? p.sameAs[0]?.articleId ?? '';
    const targetHint = el('p', { className: 'field-hint', id: 'import-target-hint' });
    const paintHint = () => {
      targetHint.textContent = target.value
        ? 'The article’s text is replaced by this version. Reviews move to their claims by quote and ' +
          'context; any that cannot are listed as orphaned, with their notes.'
        : 'The article is added to the library beside the others.';
    };
    target.addEventListener('change', paintHint);
    paintHint();
    const source =
      p.sourceKind === 'url'
        ? `Fetched from ${p.fetchedUrl ?? ''}`
        : p.sourceKind === 'file'
          ? `File ${p.fileName ?? ''}`
          : 'Pasted text';
    const excerpt =
      p.text.length > PREVIEW_CHARS
        ? `${p.text.slice(0, PREVIEW_CHARS)}\n\n… (${(p.text.length - PREVIEW_CHARS).toLocaleString()} more characters)`
        : p.text;
    body.replaceChildren(
      el('p', { className: 'import-source', id: 'import-summary' }, [
        el('strong', { text: source }),
        ` · ${p.format.toUpperCase()} · ${p.text.length.toLocaleString()} characters · `,
        el('strong', { text: `${p.claimCount} claims found` }),
      ]),
      ...p.warnings.map((w) => el('p', { className: 'import-warning', text: w, attrs: { role: 'note' } })),
      el('div', { className: 'import-check' }, [
        el('div', { className: 'meta-form' }, [
          row('title', 'Title', title),
          row('author', 'Author', author),
          row('publisher', 'Publisher', publisher),
          row('date', 'Date', date),
          row('url', 'URL', url),
          el('div', { className: 'meta-field' }, [
            el('label', { className: 'field-label', attrs: { for: 'import-target' }, text: 'Save as' }),
            target,
            targetHint,
          ]),
        ]),
        el('div', { className: 'import-text-preview-wrap' }, [
          el('p', { className: 'field-label', text: 'Text as read' }),
          el('pre', {
            className: 'import-text-preview',
            id: 'import-text-preview',
            text: excerpt,
            attrs: { tabindex: 0, 'aria-label': 'The article text as read' },
          }),
        ]),
      ]),
    );
    title.focus();
    title.select();
    run = async () => {
      busy(true);
      const meta = {
        title: title.value,
        author: author.value,
        publisher: publisher.value,
        date: date.value,
        url: url.value,
      };
      const result = await request(
        'commitImport',
        { previewId: p.previewId, meta, ...(target.value ? { replaceArticleId: target.value } : {}) },
        'Could not import the article',
      );
      busy(false);
      if (!result.ok) {
        say(result.error.message);
        return;
      }
      modal.close();
      options.onImported(result.value);
    };
  };

  back.addEventListener('click', showSource);
  next.addEventListener('click', () => void run());
  modal.element.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void run();
    }
  });
  if (options.preview) showCheck(options.preview);
  else showSource();
  return modal;
}
