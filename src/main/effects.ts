import type { Session } from './api/session'

export type PrintMode = 'dialog' | 'pdf'

/**
 * Side effects that need Electron (notifications, printing, dialogs, the OS browser). The shell
 * passes real ones; the test host passes recording doubles; plain services never import Electron.
 */
export interface Effects {
  notify(n: { title: string; body: string; tag?: string }): void
  openExternal(url: string): Promise<void>
  /**
   * Print what the session's window shows (the shell maps the session to its window): through the
   * system print dialog, or as an A4 PDF saved where the user chooses. `done: false` when cancelled.
   */
  print(session: Session, job: { title: string; mode: PrintMode }): Promise<{ done: boolean; file?: string }>
}

export const nullEffects: Effects = {
  notify: () => {},
  openExternal: async () => {},
  print: async () => ({ done: false }),
}
