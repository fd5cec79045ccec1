// The keyboard help (?): every shortcut of the desk and the library, grouped, in a modal dialog.
import { el } from './dom';
import { openCloseOnlyModal } from './modal-dialog';

/** Every key of the desk, grouped; a test checks that no key is listed for two things. */
export const GROUPS: [string, [string[], string][]][] = [
  [
    'Move',
    [
      [['J', '↓'], 'Next claim'],
      [['K', '↑'], 'Previous claim'],
      [[']'], 'Next pending claim'],
      [['['], 'Previous pending claim'],
      [['Home', 'End'], 'First / last claim'],
      [['Shift', 'J / K'], 'Select several claims'],
      [['Click', 'Shift+click'], 'Select one / a range (Ctrl+click adds one)'],
      [['Ctrl', 'A'], 'Select every claim shown'],
      [['Esc'], 'Keep only the active claim; leave a field'],
    ],
  ],
  [
    'Review',
    [
      [['V'], 'Verified'],
      [['D'], 'Disputed'],
      [['U'], 'Unsourced'],
      [['P'], 'Back to pending'],
      [['N'], 'Write a note (several selected: a note added to each)'],
      [['E'], 'Add an evidence link (several selected: to each)'],
      [['Shift', 'N'], 'Option: go to the next pending claim after a mark'],
      [['O'], 'Outlet menu: home page, search, archive, change or add the outlet'],
      [['S'], 'Search the outlet’s site for this claim'],
      [['Shift', 'R'], 'Published verdict: choose the rating'],
      [['G'], 'Open the claim checked before (shown under “Checked before”)'],
      [['C'], 'Copy the review of the claim checked before'],
      [['Ctrl', 'Z'], 'Undo'],
      [['Ctrl', 'Shift', 'Z'], 'Redo'],
    ],
  ],
  [
    'Correct the extraction',
    [
      [['R'], 'Edit the speaker'],
      [['X'], 'Split the claim in two'],
      [['M'], 'Merge with the next claim'],
      [['>', '<'], 'Extend / shrink the end by a sentence'],
      [['H'], 'Hide: not a claim'],
      [['T'], 'Into the article text: arrows move, Shift+arrows select'],
      [['A'], 'Add the text selected in the article as a claim'],
    ],
  ],
  [
    'Find and go',
    [
      [['/'], 'Filter the checklist by text'],
      [['F'], 'Filter menus: kind, outlet, speaker, check-worthiness'],
      [['Shift', 'V / D / U / P'], 'Show only verified / disputed / unsourced / pending (again: all)'],
      [['Shift', 'W'], 'Show only check-worthy claims'],
      [['Shift', 'C'], 'Clear the filters'],
      [['L'], 'Library of articles'],
      [['Shift', 'O'], 'Outlets: counts and progress; filter the checklist by outlet'],
      [['I'], 'Import an article'],
      [['?'], 'This help'],
    ],
  ],
];

export function openHelpOverlay(): void {
  const modal = openCloseOnlyModal({
    title: 'Keyboard shortcuts',
    className: 'help-dialog',
    body: [
      el(
        'div',
        { className: 'help-grid' },
        GROUPS.map(([title, keys]) =>
          el('section', { className: 'help-group', attrs: { 'aria-label': title } }, [
            el('h3', { className: 'help-title', text: title }),
            el(
              'dl',
              { className: 'help-list' },
              keys.flatMap(([combo, what]) => [
                el(
                  'dt',
                  {},
                  combo.map((k) => el('kbd', { text: k })),
                ),
                el('dd', { text: what }),
              ]),
            ),
          ]),
        ),
      ),
      el('p', {
        className: 'field-hint',
        text: 'In the library: ↑ ↓ to move, Enter to open, F2 to rename, Delete to delete (undo with Ctrl+Z).',
      }),
    ],
  });
  modal.element.addEventListener('keydown', (event) => {
    if (event.key === '?') {
      event.preventDefault();
      modal.close();
    }
  });
}
