import fs from 'node:fs'
import path from 'node:path'
import type * as Electron from 'electron'
import { StartupError } from '../app'
import type { OpenAppOptions, TourDeskApp } from '../app'
import { readDatabaseConfig } from '../database/database-config'
import { DB_FILE } from '../db/open'
import type { Secrets } from '../effects'
import type { ServerFallback } from '../../shared/database/database.api'
import { databaseConfigText, startupErrorText, unexpectedErrorText } from './startup-message'
import { SERVER_ANSWERS, dialogLang, reasonOf, serverUnreachableBox } from './server-dialog'

type OpeningElectron = Pick<typeof Electron, 'app' | 'dialog'>

/**
 * Opens the store Settings → 数据库 chose. A saved office server that cannot be reached asks the
 * person at the desk: Retry, Start on this PC instead (this run only: the saved choice stays, and the
 * app shows a banner), or Quit. Resolves null when TourDesk must not go on (quit chosen, or a
 * failure already shown); the caller then leaves, having exited the process.
 */
export async function openChosenCore(
  electron: OpeningElectron,
  openApp: (opts: OpenAppOptions) => Promise<TourDeskApp>,
  base: Omit<OpenAppOptions, 'database' | 'databaseConfigProblem' | 'serverFallback'>,
  secrets: Secrets,
): Promise<TourDeskApp | null> {
  const { app, dialog } = electron
  // Settings → 数据库's choice; a damaged file starts on this PC's database, after saying so
  const chosen = readDatabaseConfig(base.dataDir, secrets)
  if (chosen.problem) {
    const { title, body } = databaseConfigText(chosen.problem)
    dialog.showMessageBoxSync({ type: 'warning', title, message: title, detail: body, buttons: ['OK'] })
  }
  let option = chosen.option
  let serverFallback: ServerFallback | undefined
  for (;;) {
    try {
      return await openApp({
        ...base,
        database: option,
        databaseConfigProblem: !!chosen.problem,
        serverFallback,
      })
    } catch (err) {
      // out of reach, refused or misnamed: the person decides. A server upgraded by a newer TourDesk,
      // or a failed upgrade, is not a reason to work elsewhere: those say why and quit, as before.
      if (option.kind === 'postgres' && err instanceof StartupError && err.kind === 'open') {
        const localFile = path.join(base.dataDir, DB_FILE)
        const localModified = modifiedAt(localFile)
        const lang = dialogLang(app.getLocale())
        const unreachable = {
          server: err.file.replace(/^postgresql:\/\//, ''),
          code: err.code,
          message: err.message,
        }
        const box = serverUnreachableBox({ ...unreachable, localModified }, lang)
        const { response } = await dialog.showMessageBox(box)
        const answer = SERVER_ANSWERS[response] ?? 'quit'
        if (answer === 'retry') continue
        if (answer === 'local') {
          option = { kind: 'sqlite' }
          serverFallback = { server: unreachable.server, reason: reasonOf(unreachable), localModified }
          continue
        }
        app.exit(0)
        return null
      }
      const { title, body } = err instanceof StartupError ? startupErrorText(err) : unexpectedErrorText(err)
      dialog.showErrorBox(title, body)
      app.exit(1)
      return null
    }
  }
}

function modifiedAt(file: string): string | null {
  try {
    return fs.statSync(file).mtime.toISOString()
  } catch {
    return null
  }
}
