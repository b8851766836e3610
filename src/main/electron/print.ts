import type { WebContents } from 'electron'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Session } from '../app'
import type { Effects, PrintMode } from '../effects'
import { isSafeExternalUrl } from './security'
import type { ShellElectron } from './shell'

/** A file name from a print title: no path separators or characters Windows refuses. */
export function pdfName(title: string): string {
  const safe = [...title].map((ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? '_' : ch)).join('')
  const base = safe.trim().slice(0, 120) || 'TourDesk'
  return base.toLowerCase().endsWith('.pdf') ? base : `${base}.pdf`
}

/**
 * The services' side effects, done with Electron. `contentsOf` maps a session to the window it
 * belongs to, so a print job prints what that window shows. Notifications and login items come
 * from desktop.ts.
 */
export function shellEffects(
  electron: ShellElectron,
  contentsOf: (s: Session) => WebContents | null,
  notify: Effects['notify'],
  desktop: Effects['desktop'],
): Effects {
  const { BrowserWindow, app, dialog, shell } = electron

  async function print(s: Session, job: { title: string; mode: PrintMode }) {
    const wc = contentsOf(s)
    if (!wc) return { done: false }
    if (job.mode === 'dialog') {
      return new Promise<{ done: boolean }>((resolve) =>
        wc.print({ silent: false, printBackground: true }, (success) => resolve({ done: success })),
      )
    }
    const pdf = await wc.printToPDF({ pageSize: 'A4', printBackground: true })
    const options = {
      title: job.title,
      defaultPath: join(app.getPath('documents'), pdfName(job.title)),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    }
    const win = BrowserWindow.fromWebContents(wc)
    const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
    if (choice.canceled || !choice.filePath) return { done: false }
    await writeFile(choice.filePath, pdf)
    return { done: true, file: choice.filePath }
  }

  /** An export: where to save it is the user's choice, in Documents by default. */
  async function saveFile(s: Session, file: { name: string; bytes: Uint8Array; kind: 'xlsx' | 'csv' }) {
    const wc = contentsOf(s)
    const options = {
      defaultPath: join(app.getPath('documents'), file.name),
      filters: [
        file.kind === 'xlsx' ? { name: 'Excel', extensions: ['xlsx'] } : { name: 'CSV', extensions: ['csv'] },
      ],
    }
    const win = wc ? BrowserWindow.fromWebContents(wc) : null
    const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
    if (choice.canceled || !choice.filePath) return { done: false }
    await writeFile(choice.filePath, file.bytes)
    return { done: true, file: choice.filePath }
  }

  return {
    notify,
    desktop,
    saveFile,
    // a restore takes effect at start-up: quit (closing the database cleanly) and start again
    relaunch() {
      app.relaunch()
      app.quit()
    },
    async openExternal(url) {
      if (isSafeExternalUrl(url)) await shell.openExternal(url)
    },
    print,
  }
}
