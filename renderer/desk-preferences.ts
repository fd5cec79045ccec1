// The person's preferences for how the desk behaves, kept in the window's own storage (they belong to the person
// at this computer, not to the workspace file a colleague may open).
const KEY = 'claimdesk.deskPreferences';

export interface DeskPreferences {
  /** After a mark, move to the next pending claim (one key a claim). */
  nextPendingAfterMark: boolean;
}

const DEFAULTS: DeskPreferences = { nextPendingAfterMark: false };

export function readPreferences(): DeskPreferences {
  try {
    const saved = JSON.parse(window.localStorage.getItem(KEY) ?? 'null') as Partial<DeskPreferences> | null;
    return { ...DEFAULTS, ...(saved && typeof saved === 'object' ? saved : {}) };
  } catch {
    return { ...DEFAULTS };
  }
}

export function writePreferences(patch: Partial<DeskPreferences>): DeskPreferences {
  const next = { ...readPreferences(), ...patch };
  try {
    window.localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Storage may be unavailable (private profile): the choice holds for this window only.
  }
  return next;
}
