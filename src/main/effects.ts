import type { Session } from './api/session'
import type { EventMap } from '../shared/api/events'
import type { DesktopOptions } from '../shared/reminders/reminder.types'

export type PrintMode = 'dialog' | 'pdf'

/**
 * Side effects that need Electron (notifications, printing, dialogs, the OS browser). The shell
 * passes real ones; the test host passes recording doubles; plain services never import Electron.
 */
export interface Effects {
  /**
   * A desktop notification. `target`: what a click opens (the shell sends it to the window as
   * reminders.open, also when the click comes from the Action Center after a restart).
   */
  notify(n: { title: string; body: string; tag?: string; target?: EventMap['reminders.open'] }): void
  openExternal(url: string): Promise<void>
  /**
   * Print what the session's window shows (the shell maps the session to its window): through the
   * system print dialog, or as an A4 PDF saved where the user chooses. `done: false` when cancelled.
   */
  print(session: Session, job: { title: string; mode: PrintMode }): Promise<{ done: boolean; file?: string }>
  /**
   * Save a file main produced (an export): the shell asks where with the system save dialog; the
   * test host records the bytes so browser tests can read the file back. `done: false` when
   * cancelled. Absent where no one can be asked (plain services): the export then reports not done.
   */
  saveFile?(
    session: Session,
    file: { name: string; bytes: Uint8Array; kind: 'xlsx' | 'csv' },
  ): Promise<{ done: boolean; file?: string }>
  /**
   * Quit and start again (a restore takes effect at start-up). Absent where nothing can restart
   * (plain services, the test host, which reopens the app itself).
   */
  relaunch?(): void
  /**
   * Encrypts the office server's password for the configuration file (Electron safeStorage: DPAPI on
   * Windows, the keychain on macOS). Absent where nothing can encrypt: no password is then stored.
   */
  secrets?: Secrets
  /** starting with the system (login item); absent where there is none (the test host) */
  desktop?: {
    get(): DesktopOptions
    setStartWithSystem(on: boolean): DesktopOptions
  }
}

export interface Secrets {
  /** false where the system offers no key (e.g. Linux without a keyring): never store the plain text then */
  available(): boolean
  /** base64 of the encrypted bytes */
  encrypt(plain: string): string
  decrypt(stored: string): string
}

export const nullEffects: Effects = {
  notify: () => {},
  openExternal: async () => {},
  print: async () => ({ done: false }),
}
