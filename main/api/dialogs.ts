// The system dialogs a handler may need. Electron implements them in main/electron/dialogs.ts; tests and the
// CLI pass their own.
export interface Dialogs {
  /** Lets the person choose a .txt or .md file; null when they cancel. */
  chooseArticleFile(): Promise<{ name: string; content: string } | null>;
  /** Lets the person choose where to save a report; null when they cancel. `filter` names the format's files. */
  chooseReportPath(suggestedName: string, filter?: { name: string; extensions: string[] }): Promise<string | null>;
}
