import { EventEmitter } from 'node:events'
import type { ShellElectron } from '../../src/main/electron/shell'

/**
 * A recording stand-in for the parts of the `electron` module the shell uses, so the shell's
 * wiring runs in plain Node (no Electron binary on CI machines). It behaves like Electron where
 * the shell relies on it — every new WebContents is announced through app's
 * 'web-contents-created', handlers are stored where Electron would call them — and records
 * everything else for the test to inspect. Each call of fakeElectron() is a fresh, separate world.
 */

type Listener = (...args: any[]) => unknown

/** What Electron passes to will-navigate / will-redirect / will-attach-webview listeners. */
export interface FakeNavigationEvent {
  url: string
  defaultPrevented: boolean
  preventDefault(): void
}

function navigationEvent(url: string): FakeNavigationEvent {
  return {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true
    },
  }
}

export function fakeElectron(
  opts: {
    isPackaged?: boolean
    lockAvailable?: boolean
    notificationsSupported?: boolean
    encryptionAvailable?: boolean
    /** app.getLocale(): the system's language */
    locale?: string
  } = {},
) {
  const appEvents = new EventEmitter()
  let ready = false
  /** Electron refuses screen and session before 'ready'; so does the fake, to catch an early use. */
  const afterReady = <T>(name: string, value: T): T => {
    if (!ready) throw new Error(`electron.${name} used before the app is ready`)
    return value
  }
  const paths = new Map<string, string>([
    ['userData', '/fake/userData'],
    ['documents', '/fake/documents'],
  ])
  const rec = {
    calls: [] as string[],
    windows: [] as FakeBrowserWindow[],
    contents: [] as FakeWebContents[],
    ipc: new Map<string, Listener>(),
    openedExternally: [] as string[],
    errorBoxes: [] as { title: string; body: string }[],
    /** native questions asked (dialog.showMessageBoxSync), and the button index the "user" picks next */
    messageBoxes: [] as { message: string; detail?: string; buttons: string[] }[],
    messageBoxAnswer: 0,
    /** answers (button indexes) for the asynchronous dialog.showMessageBox, taken in order; 0 when none is left */
    messageBoxAnswers: [] as number[],
    exitCodes: [] as number[],
    quits: 0,
    menu: undefined as unknown,
    permissionRequest: undefined as Listener | undefined,
    permissionCheck: undefined as Listener | undefined,
    headersReceived: undefined as Listener | undefined,
    appUserModelId: undefined as string | undefined,
    /** notifications shown and not yet closed or failed (what the shell still holds) */
    notifications: [] as FakeNotification[],
    activation: undefined as Listener | undefined,
    trays: [] as FakeTray[],
    loginItem: { openAtLogin: false },
    /** safeStorage: false makes isEncryptionAvailable() say no key service exists */
    encryption: opts.encryptionAvailable ?? true,
  }

  class FakeNotification extends EventEmitter {
    static isSupported = () => opts.notificationsSupported ?? true
    static handleActivation = (cb: Listener) => void (rec.activation = cb)
    shown = false
    constructor(readonly options: Record<string, any>) {
      super()
    }
    show() {
      this.shown = true
      rec.notifications.push(this)
    }
    /** The user dismissed it, or Windows could not show it. */
    finish(event: 'close' | 'failed') {
      rec.notifications.splice(rec.notifications.indexOf(this), 1)
      this.emit(event, {}, 'error')
    }
  }

  class FakeTray extends EventEmitter {
    tooltip = ''
    menu: { template: { label?: string; click?: () => void }[] } | undefined
    constructor(readonly icon: string) {
      super()
      rec.trays.push(this)
    }
    setToolTip = (t: string) => void (this.tooltip = t)
    setContextMenu = (m: { template: { label?: string; click?: () => void }[] }) => void (this.menu = m)
    /** Clicks the tray menu item with this label. */
    choose(label: string) {
      const item = this.menu?.template.find((i) => i.label === label)
      if (!item?.click) throw new Error(`no tray menu item ${label}`)
      item.click()
    }
  }

  let nextId = 1
  class FakeWebContents extends EventEmitter {
    readonly id = nextId++
    destroyed = false
    windowOpenHandler: Listener | undefined
    sent: unknown[][] = []
    constructor() {
      super()
      rec.contents.push(this)
      // Electron announces every WebContents, whoever creates it
      appEvents.emit('web-contents-created', {}, this)
    }
    isDestroyed = () => this.destroyed
    setWindowOpenHandler(handler: Listener) {
      this.windowOpenHandler = handler
    }
    send(...args: unknown[]) {
      this.sent.push(args)
    }
    closeDevTools() {
      rec.calls.push(`closeDevTools:${this.id}`)
    }
    /** Fires `event` as Electron does on a navigation attempt; true when a listener refused it. */
    attempt(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview', url: string): boolean {
      const e = navigationEvent(url)
      this.emit(event, e)
      return e.defaultPrevented
    }
    /** The page refused to unload (a form with unsaved typing): true when a listener let it go anyway. */
    refuseUnload(): boolean {
      const e = navigationEvent('')
      this.emit('will-prevent-unload', e)
      return e.defaultPrevented
    }
    /** What the page gets for window.open(url) / a target=_blank link. */
    open(url: string): unknown {
      if (!this.windowOpenHandler) throw new Error('no window open handler: Electron would allow the popup')
      return this.windowOpenHandler({ url, frameName: '', features: '', disposition: 'new-window' })
    }
  }

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents()
    destroyed = false
    minimized = false
    visible = false
    focused = false
    loaded: { file?: string; url?: string } = {}
    constructor(readonly options: Record<string, any>) {
      super()
      rec.windows.push(this)
    }
    static getAllWindows = () => rec.windows.filter((w) => !w.destroyed)
    static fromWebContents = (wc: unknown) => rec.windows.find((w) => w.webContents === wc) ?? null
    isDestroyed = () => this.destroyed
    isMinimized = () => this.minimized
    isVisible = () => this.visible
    isMaximized = () => false
    restore = () => void (this.minimized = false)
    show = () => void (this.visible = true)
    hide = () => void (this.visible = false)
    focus = () => void (this.focused = true)
    maximize = () => rec.calls.push('maximize')
    getNormalBounds = () => ({ x: 10, y: 20, width: 1280, height: 800 })
    loadFile = async (file: string) => void (this.loaded = { file })
    loadURL = async (url: string) => void (this.loaded = { url })
    /** The user closed the window: Electron's close → closed sequence, unless a listener prevents it. */
    close() {
      const e = navigationEvent('')
      this.emit('close', e)
      if (!e.defaultPrevented) this.destroy()
    }
    /** Gone without a 'close' (Electron's win.destroy(), or the app quitting). */
    destroy() {
      this.destroyed = true
      this.webContents.destroyed = true
      this.emit('closed')
    }
  }

  const app = {
    isPackaged: opts.isPackaged ?? true,
    setPath: (name: string, value: string) => void paths.set(name, value),
    getPath: (name: string) => paths.get(name) ?? `/fake/${name}`,
    requestSingleInstanceLock: () => {
      rec.calls.push('requestSingleInstanceLock')
      return opts.lockAvailable ?? true
    },
    enableSandbox: () => rec.calls.push('enableSandbox'),
    whenReady: async () => {
      rec.calls.push('whenReady')
      ready = true
    },
    on: (event: string, listener: Listener) => appEvents.on(event, listener),
    emit: (event: string, ...args: unknown[]) => appEvents.emit(event, ...args),
    listenerCount: (event: string) => appEvents.listenerCount(event),
    quit: () => {
      rec.quits++
      appEvents.emit('before-quit', navigationEvent(''))
      // like Electron, quitting asks will-quit listeners first; one may postpone it
      const e = navigationEvent('')
      appEvents.emit('will-quit', e)
      if (!e.defaultPrevented) rec.calls.push('process exit')
    },
    exit: (code: number) => void rec.exitCodes.push(code),
    relaunch: () => void rec.calls.push('relaunch'),
    getLocale: () => opts.locale ?? 'zh-CN',
    setAppUserModelId: (id: string) => void (rec.appUserModelId = id),
    getLoginItemSettings: () => ({ ...rec.loginItem }),
    setLoginItemSettings: (s: { openAtLogin: boolean }) =>
      void (rec.loginItem = { openAtLogin: s.openAtLogin }),
  }
  const powerMonitor = new EventEmitter()

  const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }
  /*
   * Like safeStorage, the bytes do not contain the plain text (each byte flipped, behind a marker),
   * and decrypting anything else fails, as a file copied from another PC would.
   */
  const safeStorage = {
    isEncryptionAvailable: () => rec.encryption,
    encryptString: (plain: string) => {
      if (!rec.encryption) throw new Error('Encryption is not available.')
      return Buffer.concat([Buffer.from('FAKEDPAPI'), Buffer.from(plain, 'utf8').map((b) => b ^ 0xff)])
    },
    decryptString: (bytes: Buffer) => {
      if (!bytes.subarray(0, 9).equals(Buffer.from('FAKEDPAPI')))
        throw new Error('Error while decrypting the ciphertext')
      return Buffer.from(bytes.subarray(9).map((b) => b ^ 0xff)).toString('utf8')
    },
  }
  const electron = {
    safeStorage,
    app,
    BrowserWindow: FakeBrowserWindow,
    Menu: {
      setApplicationMenu: (menu: unknown) => void (rec.menu = menu),
      buildFromTemplate: (template: unknown) => ({ template }),
    },
    Notification: FakeNotification,
    Tray: FakeTray,
    get powerMonitor() {
      return afterReady('powerMonitor', powerMonitor)
    },
    dialog: {
      showErrorBox: (title: string, body: string) => void rec.errorBoxes.push({ title, body }),
      showSaveDialog: async () => ({ canceled: true }),
      // Electron's (window, options) or (options)
      showMessageBoxSync: (a: unknown, b?: { message: string; detail?: string; buttons: string[] }) => {
        const o = (b ?? a) as { message: string; detail?: string; buttons: string[] }
        rec.messageBoxes.push({ message: o.message, detail: o.detail, buttons: o.buttons })
        return rec.messageBoxAnswer
      },
      showMessageBox: async (a: unknown, b?: { message: string; detail?: string; buttons: string[] }) => {
        const o = (b ?? a) as { message: string; detail?: string; buttons: string[] }
        rec.messageBoxes.push({ message: o.message, detail: o.detail, buttons: o.buttons })
        return { response: rec.messageBoxAnswers.shift() ?? 0, checkboxChecked: false }
      },
    },
    ipcMain: {
      handle: (channel: string, handler: Listener) => {
        if (rec.ipc.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
        rec.ipc.set(channel, handler)
      },
    },
    get screen() {
      return afterReady('screen', screenModule)
    },
    get session() {
      return afterReady('session', sessionModule)
    },
    shell: { openExternal: async (url: string) => void rec.openedExternally.push(url) },
    webContents: { fromId: (id: number) => rec.contents.find((c) => c.id === id) },
  }
  const screenModule = { getPrimaryDisplay: () => display, getAllDisplays: () => [display] }
  const sessionModule = {
    defaultSession: {
      setPermissionRequestHandler: (h: Listener) => void (rec.permissionRequest = h),
      setPermissionCheckHandler: (h: Listener) => void (rec.permissionCheck = h),
      webRequest: { onHeadersReceived: (h: Listener) => void (rec.headersReceived = h) },
    },
  }

  /**
   * An ipcRenderer.invoke as Electron delivers it to ipcMain.handle: from a WebContents, by a frame
   * showing `frameUrl` (a subframe when `subframe`), or with no frame left (`frameUrl` null).
   */
  async function invoke(
    channel: string,
    from: { contents: FakeWebContents | { id: number }; frameUrl: string | null; subframe?: boolean },
    input: unknown,
  ): Promise<unknown> {
    const handler = rec.ipc.get(channel)
    if (!handler) throw new Error(`No handler registered for '${channel}'`)
    const top = { url: from.frameUrl ?? '', parent: null }
    const senderFrame =
      from.frameUrl === null ? null : from.subframe ? { url: from.frameUrl, parent: top } : top
    return handler({ sender: from.contents, senderFrame }, input)
  }

  return {
    // the fake implements only what the shell touches; the shell's own type says what that is
    electron: electron as unknown as ShellElectron,
    app,
    rec,
    invoke,
    powerMonitor,
    newContents: () => new FakeWebContents(),
  }
}

export type FakeElectron = ReturnType<typeof fakeElectron>
