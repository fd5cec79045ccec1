// Settings: who is reviewing (the profile that signs every change and names the organisation in ClaimReview) and
// the newsroom's rating scale for published verdicts. Both are the app's own, kept outside any workspace.
import type { AppSettingsView, RatingScale, ReviewerProfile } from '../main/api/contract';
import { invoke } from './bridge-client';
import { clear, el } from './dom';
import { openModal } from './modal-dialog';
import { showToast } from './toasts';
import './verdicts.css';

/** Told whenever the settings change (the verdict section reloads its scale). */
export type SettingsListener = (settings: AppSettingsView) => void;

const listeners: SettingsListener[] = [];

export function onSettingsChanged(listener: SettingsListener): void {
  listeners.push(listener);
}

export function settingsChanged(settings: AppSettingsView): void {
  for (const listener of listeners) listener(settings);
}

function field(
  id: string,
  label: string,
  input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  hint?: string,
) {
  return [
    el('label', { className: 'field-label', text: label, attrs: { for: id } }),
    input,
    hint ? el('p', { className: 'field-hint', text: hint }) : null,
  ];
}

function textInput(id: string, value: string, type = 'text', placeholder = ''): HTMLInputElement {
  return el('input', {
    className: 'field-input',
    id,
    attrs: { type, value, placeholder, autocomplete: 'off', spellcheck: 'false' },
  });
}

/** Opens Settings; resolves when it is closed. */
export async function openSettings(): Promise<void> {
  const loaded = await invoke('getAppSettings', {});
  if (!loaded.ok) {
    showToast(`Settings could not be read: ${loaded.error.message}`, 'error');
    return;
  }
  const s = loaded.value;
  const p: ReviewerProfile = s.profile ?? { name: '', organisation: '', organisationUrl: '', logoUrl: '' };
  const name = textInput('settings-name', p.name, 'text', 'Your name');
  name.autocomplete = 'name';
  const organisation = textInput('settings-organisation', p.organisation, 'text', 'The fact-checking desk');
  const organisationUrl = textInput('settings-organisation-url', p.organisationUrl, 'url', 'https://…');
  const logoUrl = textInput('settings-logo-url', p.logoUrl, 'url', 'https://…/logo.png');
  const ratings = el('textarea', {
    className: 'field-input',
    id: 'settings-ratings',
    attrs: { rows: 6, spellcheck: 'false' },
  });
  ratings.value = s.ratingScale.ratings.join('\n');
  const best = el('select', { className: 'field-input', id: 'settings-best' });
  const worst = el('select', { className: 'field-input', id: 'settings-worst' });
  const names = () =>
    ratings.value
      .split('\n')
      .map((r) => r.trim())
      .filter(Boolean);
  const paintEnds = (chosenBest: string, chosenWorst: string) => {
    for (const [select, chosen] of [
      [best, chosenBest],
      [worst, chosenWorst],
    ] as const) {
      clear(select);
      for (const n of names()) select.appendChild(el('option', { text: n, attrs: { value: n } }));
      if (names().includes(chosen)) select.value = chosen;
    }
  };
  paintEnds(s.ratingScale.best, s.ratingScale.worst);
  ratings.addEventListener('input', () => paintEnds(best.value, worst.value));
  const defaults = el('button', {
    className: 'link-button',
    text: 'Use the default scale',
    attrs: { type: 'button' },
    on: {
      click: () => {
        ratings.value = s.defaultRatingScale.ratings.join('\n');
        paintEnds(s.defaultRatingScale.best, s.defaultRatingScale.worst);
      },
    },
  });
  const problem = el('p', { className: 'settings-problem', id: 'settings-problem', attrs: { role: 'alert' } });
  const save = el('button', { className: 'button button-primary', text: 'Save', attrs: { type: 'submit' } });
  const cancel = el('button', { className: 'button', text: 'Cancel', attrs: { type: 'button' } });
  const form = el('form', { className: 'settings-form', attrs: { 'aria-label': 'Settings', novalidate: true } }, [
    s.notice ? el('p', { className: 'field-hint', text: s.notice }) : null,
    el('div', { className: 'settings-grid' }, [
      el('fieldset', {}, [
        el('legend', { text: 'Who is reviewing' }),
        ...field('settings-name', 'Your name', name, 'Signs every change you make, in any workspace you open.'),
        ...field('settings-organisation', 'Organisation', organisation, 'ClaimReview’s author.'),
        ...field('settings-organisation-url', 'Organisation’s site', organisationUrl),
        ...field('settings-logo-url', 'Organisation’s logo', logoUrl),
      ]),
      el('fieldset', {}, [
        el('legend', { text: 'Rating scale for published verdicts' }),
        ...field('settings-ratings', 'Ratings, best first, one a line', ratings),
        ...field('settings-best', 'Best rating', best),
        ...field(
          'settings-worst',
          'Worst rating',
          worst,
          'Ratings from the best to the worst are numbered in ClaimReview; ' +
            'those after the worst (Unproven) are published by name.',
        ),
        defaults,
      ]),
    ]),
    problem,
  ]);
  let done: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (done = resolve));
  const modal = openModal({
    title: 'Settings',
    className: 'settings-dialog',
    body: [form],
    actions: [el('span', { className: 'spacer' }), cancel, save],
    initialFocus: name,
    onClose: () => done(),
  });
  cancel.addEventListener('click', () => modal.close());
  form.addEventListener('input', () => (problem.textContent = ''));
  save.addEventListener('click', (event) => {
    event.preventDefault();
    form.requestSubmit();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    problem.textContent = '';
    const profile = {
      name: name.value,
      organisation: organisation.value,
      organisationUrl: organisationUrl.value,
      logoUrl: logoUrl.value,
    };
    const scale: RatingScale = { ratings: names(), best: best.value, worst: worst.value };
    const a = await invoke('saveProfile', { profile });
    if (!a.ok) {
      problem.textContent = a.error.message;
      name.focus();
      return;
    }
    const b = await invoke('saveRatingScale', { ratingScale: scale });
    if (!b.ok) {
      problem.textContent = b.error.message;
      ratings.focus();
      return;
    }
    settingsChanged(b.value);
    modal.close();
    showToast(`Saved. Your changes are signed “${b.value.profile?.name ?? ''}”.`, 'success');
  });
  return closed;
}

/** The Settings button for the top bar. */
export function settingsButton(): HTMLButtonElement {
  // An icon like Help's: the top bar must still fit a 1024-pixel laptop screen.
  return el('button', {
    className: 'button button-icon',
    id: 'settings-button',
    text: '⚙',
    attrs: { type: 'button', 'aria-label': 'Settings', title: 'Settings: your profile and the rating scale' },
    on: { click: () => void openSettings() },
  });
}
