// The first-start question: who is reviewing. Answered once for the person (the app's settings), never per
// workspace, so a workspace handed to a colleague is signed with the colleague's name. "Not now" leaves the
// changes unsigned until the profile is set in Settings.
import type { AppSettingsView } from '../main/api/contract';
import { invoke } from './bridge-client';
import { el } from './dom';
import { openSettings, settingsChanged } from './settings-view';
import { showToast } from './toasts';

/** "Not now" holds until the window is opened again. */
let notNow = false;

export async function profilePrompt(root: HTMLElement): Promise<AppSettingsView | null> {
  if (notNow) return null;
  const r = await invoke('getAppSettings', {});
  if (!r.ok || r.value.profile || root.querySelector('#profile-ask')) return r.ok ? r.value : null;
  const name = el('input', {
    className: 'field-input banner-input',
    id: 'reviewer-name',
    attrs: { type: 'text', autocomplete: 'name', placeholder: 'Your name' },
  });
  const organisation = el('input', {
    className: 'field-input banner-input',
    id: 'reviewer-organisation',
    attrs: { type: 'text', placeholder: 'Organisation (optional)', 'aria-label': 'Organisation' },
  });
  const save = el('button', {
    className: 'button button-small button-primary',
    text: 'Save',
    attrs: { type: 'submit' },
  });
  const more = el('button', { className: 'banner-close', text: 'More settings…', attrs: { type: 'button' } });
  const later = el('button', { className: 'banner-close', text: 'Not now', attrs: { type: 'button' } });
  const form = el(
    'form',
    {
      className: 'banner banner-ask',
      id: 'profile-ask',
      attrs: { 'aria-label': 'Your profile for the review history' },
    },
    [
      el('label', { attrs: { for: 'reviewer-name' } }, [
        el('strong', { text: 'Who is reviewing? ' }),
        el('span', { text: 'Your name signs each change in every workspace you open; it stays on this computer.' }),
      ]),
      el('div', { className: 'profile-ask-fields' }, [name, organisation, save, more, later]),
    ],
  );
  const leave = () => {
    form.remove();
    document.getElementById('checklist')?.focus();
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!name.value.trim()) return name.focus();
    const saved = await invoke('saveProfile', {
      profile: { name: name.value, organisation: organisation.value, organisationUrl: '', logoUrl: '' },
    });
    if (!saved.ok) {
      showToast(`Could not save your profile: ${saved.error.message}`, 'error');
      return;
    }
    settingsChanged(saved.value);
    leave();
    showToast(`Thanks, ${saved.value.profile?.name}: your changes are signed with your name.`, 'success');
  });
  more.addEventListener('click', async () => {
    await openSettings();
    const after = await invoke('getAppSettings', {});
    if (after.ok && after.value.profile) leave();
  });
  later.addEventListener('click', () => {
    notNow = true;
    leave();
  });
  root.appendChild(form);
  return r.value;
}
