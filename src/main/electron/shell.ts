import type * as Electron from 'electron'
import type { BrowserWindow, WebContents } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { OpenAppOptions, Session, TourDeskApp } from '../app'
import { fail } from '../../shared/api/envelope'
import { shellEffects } from './print'
import {
  CSP,
  devCsp,
  isAllowedNavigation,
  isSafeExternalUrl,
  isTrustedSender,
  webPreferencesFor,
} from './security'
import { configureMenu, configureSession } from './session-setup'
import { MIN_SIZE, loadWindowState, saveWindowState } from './window-state'
import { unexpectedErrorText } from './startup-message'
import { APP_ID, askBeforeUnload, closeToTray, desktopNotifier, loginItems } from './desktop'
import type { Lang } from '../reminders/notification-text'
import type { OpenTarget } from './desktop'
import { safeStorageSecrets } from './secrets'
import { openChosenCore } from './open-core'

/** The parts of the electron module the shell uses: passed in, so tests can hand it a recording fake. */
export type ShellElectron = Pick<
  typeof Electron,
  | 'app'
  | 'BrowserWindow'
  | 'Menu'
  | 'Notification'
  | 'Tray'
  | 'dialog'
  | 'ipcMain'
  | 'powerMonitor'
  | 'safeStorage'
  | 'screen'
  | 'session'
  | 'shell'
  | 'webContents'
>

export interface ShellDeps {
  openApp(opts: OpenAppOptions): Promise<TourDeskApp>
  env: Readonly<Record<string, string | undefined>>
  platform: NodeJS.Platform
  /** folder of the built main bundle (out/main): the renderer, preload and icon are found from it */
  mainDir: string
}

/**
 * Wires TourDesk into Electron: one instance, a locked-down session and window, and IPC answered
 * only for the app's own page. Resolves once the window is open, or at once in a second instance.
 */
export function startShell(electron: ShellElectron, deps: ShellDeps): Promise<void> {
  // screen and session are read only after 'ready' (electron.screen, electron.session below):
  // Electron refuses their use before then
  const { BrowserWindow, app, dialog, ipcMain, shell, webContents } = electron
  const { env, platform } = deps

  // Lets the Electron smoke test (and support staff) run against a throw-away data folder.
  // Must happen before the single-instance lock, which is keyed on the userData path.
  if (env.TOURDESK_USER_DATA) app.setPath('userData', env.TOURDESK_USER_DATA)

  // The dev server URL is honoured only in unpackaged runs: a packaged app always loads its own files.
  const devUrl = !app.isPackaged ? env.ELECTRON_RENDERER_URL || undefined : undefined
  const indexHtml = join(deps.mainDir, '../renderer/index.html')
  const appUrl = devUrl ?? pathToFileURL(indexHtml).href
  const preloadPath = join(deps.mainDir, '../preload/index.cjs')
  const iconPath = join(deps.mainDir, '../../resources/icon.png')
  const forbidden = fail('FORBIDDEN', 'errors.forbidden')

  let core: TourDeskApp | null = null
  let coreClosed = false
  let tray: { quitting: () => boolean } | null = null
  let lang: Lang = 'zh-CN'
  /** a notification click that came before a window could take it (a cold start from a toast) */
  let pendingOpen: OpenTarget | null = null
  const sessions = new Map<number, Session>()

  /** The window a session belongs to: sessions are kept one per window, keyed by its webContents id. */
  function contentsOf(s: Session): WebContents | null {
    for (const [id, candidate] of sessions) {
      if (candidate !== s) continue
      const wc = webContents.fromId(id)
      return wc && !wc.isDestroyed() ? wc : null
    }
    return null
  }

  function openInBrowser(url: string): void {
    if (isSafeExternalUrl(url)) void shell.openExternal(url)
  }

  /** Guards every WebContents ever created, not only our window's, so nothing slips through. */
  function harden(contents: WebContents): void {
    contents.on('will-navigate', (e) => {
      if (isAllowedNavigation(e.url, appUrl)) return
      e.preventDefault()
      openInBrowser(e.url)
    })
    contents.on('will-redirect', (e) => {
      if (!isAllowedNavigation(e.url, appUrl)) e.preventDefault()
    })
    contents.on('will-attach-webview', (e) => e.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      openInBrowser(url)
      return { action: 'deny' }
    })
    if (app.isPackaged) contents.on('devtools-opened', () => contents.closeDevTools())
  }

  function registerIpc(tourdesk: TourDeskApp): void {
    for (const channel of tourdesk.callNames) {
      ipcMain.handle(channel, (e, input: unknown) => {
        // Only the top frame of one of our windows, currently showing the app itself, may call main.
        const frame = e.senderFrame
        const url = frame && frame.parent === null ? frame.url : undefined
        const s = sessions.get(e.sender.id)
        if (!s || !isTrustedSender(url, appUrl)) return forbidden
        return tourdesk.dispatch(channel, input, s)
      })
    }
  }

  function displaysPrimaryFirst() {
    const primary = electron.screen.getPrimaryDisplay()
    const others = electron.screen.getAllDisplays().filter((d) => d.id !== primary.id)
    return [primary, ...others].map((d) => d.workArea)
  }

  function createWindow(tourdesk: TourDeskApp): BrowserWindow {
    const stateFile = join(app.getPath('userData'), 'window-state.json')
    const state = loadWindowState(stateFile, displaysPrimaryFirst())
    const win = new BrowserWindow({
      ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
      width: state.width,
      height: state.height,
      minWidth: Math.min(MIN_SIZE.width, state.width),
      minHeight: Math.min(MIN_SIZE.height, state.height),
      title: 'TourDesk',
      icon: iconPath,
      show: false,
      backgroundColor: '#ffffff',
      webPreferences: webPreferencesFor(preloadPath, { devTools: !app.isPackaged }),
    })

    const id = win.webContents.id
    const s = tourdesk.newSession()
    sessions.set(id, s)
    const unsubscribe = tourdesk.events.subscribe(s, (event, payload) => {
      if (!win.isDestroyed()) win.webContents.send('event', event, payload)
    })

    win.once('ready-to-show', () => {
      if (state.maximized) win.maximize()
      win.show()
    })
    win.on('close', (e) => {
      saveWindowState(stateFile, { ...win.getNormalBounds(), maximized: win.isMaximized() })
      // closing hides to the tray, so reminders still arrive; the tray's quit item really quits
      if (tray && !tray.quitting()) {
        e.preventDefault()
        win.hide()
      }
    })
    askBeforeUnload(electron, win, () => lang)
    win.webContents.on('did-finish-load', () => {
      if (pendingOpen) tourdesk.events.broadcast('reminders.open', pendingOpen)
      pendingOpen = null
    })
    win.on('closed', () => {
      unsubscribe()
      sessions.delete(id)
    })

    if (devUrl) void win.loadURL(devUrl)
    else void win.loadFile(indexHtml)
    return win
  }

  function focusExisting(): void {
    const win = BrowserWindow.getAllWindows()[0]
    if (!win) return
    if (win.isMinimized()) win.restore()
    if (!win.isVisible()) win.show()
    win.focus()
  }

  /** A reminder notification was clicked: bring the window forward and let it open the target. */
  function openTarget(target: OpenTarget): void {
    if (!core) return void (pendingOpen = target)
    if (BrowserWindow.getAllWindows().length === 0) {
      pendingOpen = target
      createWindow(core)
      return
    }
    focusExisting()
    core.events.broadcast('reminders.open', target)
  }

  async function language(tourdesk: TourDeskApp): Promise<'zh-CN' | 'en'> {
    const row = await tourdesk.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', 'language')
      .executeTakeFirst()
    return row?.value === 'en' ? 'en' : 'zh-CN'
  }

  async function start(): Promise<void> {
    configureSession(electron, devUrl ? devCsp(devUrl) : CSP)
    configureMenu(electron, platform)
    const notify = desktopNotifier(electron, {
      platform,
      open: openTarget,
      banner: (reason) => core?.events.broadcast('reminders.banner', { reason }),
    })
    const secrets = safeStorageSecrets(electron)
    core = await openChosenCore(
      electron,
      deps.openApp,
      {
        dataDir: app.getPath('userData'),
        effects: {
          ...shellEffects(electron, contentsOf, notify, loginItems(electron, platform)),
          secrets,
        },
        timers: { setInterval, clearInterval: (h) => clearInterval(h as NodeJS.Timeout) },
      },
      secrets,
    )
    if (!core) return
    registerIpc(core)
    lang = await language(core)
    tray = closeToTray(electron, { icon: iconPath, lang, show: focusExisting })
    createWindow(core)
    const reminders = core.reminders
    // timers stop while the PC sleeps: look at the clock again as soon as it is back
    electron.powerMonitor.on('resume', () => void reminders.tick())
    electron.powerMonitor.on('unlock-screen', () => void reminders.tick())
    reminders.start()
    // the start-up backup runs beside the window opening; the exit backup runs in core.close()
    void core.backups?.start()
  }

  if (!app.requestSingleInstanceLock()) {
    // Another TourDesk already has the database open; it focuses its window (second-instance).
    app.quit()
    return Promise.resolve()
  }
  app.enableSandbox()
  // before any notification: Windows ties toasts (and the Start-menu shortcut) to this id
  app.setAppUserModelId(APP_ID)
  app.on('second-instance', focusExisting)
  app.on('web-contents-created', (_e, contents) => harden(contents))
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) createWindow(core)
  })
  app.on('will-quit', (e) => {
    if (!core || coreClosed) return
    // close the database cleanly (WAL checkpoint) before the process goes away
    e.preventDefault()
    const closing = core
    core = null
    void closing
      .close()
      .catch(() => {})
      .finally(() => {
        coreClosed = true
        app.quit()
      })
  })
  return app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      const { title, body } = unexpectedErrorText(err)
      dialog.showErrorBox(title, body)
      app.exit(1)
    })
}
