import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { openApp } from '../../src/main/app'
import type { OpenAppOptions, Session, TourDeskApp } from '../../src/main/app'
import { startShell } from '../../src/main/electron/shell'
import { CSP } from '../../src/main/electron/security'
import { contract } from '../../src/shared/api/registry'
import { callNames } from '../../src/shared/api/client-types'
import { fakeElectron } from '../fakes/electron'
import type { FakeElectron } from '../fakes/electron'

/**
 * The Electron shell (src/main/electron/shell.ts) run in plain Node against a recording fake of
 * the electron module, on a real database: the only test of its wiring where Electron cannot run.
 */
const root = path.resolve(__dirname, '../..')
const mainDir = path.join(root, 'out/main')
const indexHtml = path.join(root, 'out/renderer/index.html')
const appUrl = pathToFileURL(indexHtml).href
const NOW = new Date('2026-11-25T02:00:00.000Z')

interface Started {
  fake: FakeElectron
  /** every call that reached the real core, with the session it ran for */
  dispatched: { channel: string; session: Session }[]
  core: () => TourDeskApp
}

const cores: TourDeskApp[] = []
const dirs: string[] = []
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close().catch(() => {})
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

async function start(
  opts: {
    isPackaged?: boolean
    lockAvailable?: boolean
    env?: Record<string, string>
    failOpen?: Error
  } = {},
): Promise<Started> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tourdesk-shell-'))
  dirs.push(dir)
  const fake = fakeElectron(opts)
  const dispatched: Started['dispatched'] = []
  let opened: TourDeskApp | null = null
  const open = async (o: OpenAppOptions): Promise<TourDeskApp> => {
    if (opts.failOpen) throw opts.failOpen
    const real = await openApp({ ...o, clock: () => new Date(NOW) })
    cores.push(real)
    opened = real
    return {
      ...real,
      callNames: real.callNames,
      events: real.events,
      db: real.db,
      newSession: () => real.newSession(),
      close: async () => {
        await real.close()
        fake.rec.calls.push('database closed')
      },
      dispatch(channel, input, session) {
        dispatched.push({ channel, session })
        return real.dispatch(channel, input, session)
      },
    }
  }
  await startShell(fake.electron, {
    openApp: open,
    env: { TOURDESK_USER_DATA: dir, ...opts.env },
    platform: 'win32',
    mainDir,
  })
  return { fake, dispatched, core: () => opened! }
}

const FORBIDDEN = { ok: false, error: { code: 'FORBIDDEN', msg: { key: 'errors.forbidden' } } }

describe('window', () => {
  it('every window is sandboxed, isolated, without Node, and loads the packaged index.html', async () => {
    const { fake } = await start()
    fake.app.emit('activate') // a window already exists: activate must not add one
    expect(fake.rec.windows).toHaveLength(1)
    const [win] = fake.rec.windows
    expect(win.options.webPreferences).toEqual({
      preload: path.join(root, 'out/preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
    })
    expect(win.options.show).toBe(false)
    expect(win.loaded).toEqual({ file: indexHtml })
    expect(fake.rec.calls).toContain('enableSandbox')
    // the data folder the test (or support staff) chose holds the database
    expect(fs.existsSync(path.join(fake.app.getPath('userData'), 'tourdesk.sqlite'))).toBe(true)
  })

  it('a packaged app ignores a dev server URL in its environment', async () => {
    const { fake } = await start({ env: { ELECTRON_RENDERER_URL: 'http://evil.example:5173/' } })
    expect(fake.rec.windows[0].loaded).toEqual({ file: indexHtml })
  })

  it('an unpackaged run loads the dev server, with devtools, under the same lock-down', async () => {
    const dev = 'http://localhost:5173/'
    const { fake } = await start({ isPackaged: false, env: { ELECTRON_RENDERER_URL: dev } })
    const [win] = fake.rec.windows
    expect(win.loaded).toEqual({ url: dev })
    expect(win.options.webPreferences).toMatchObject({
      devTools: true,
      sandbox: true,
      contextIsolation: true,
    })
    expect(win.webContents.attempt('will-navigate', 'http://localhost:5173/#/customers')).toBe(false)
    expect(win.webContents.attempt('will-navigate', appUrl)).toBe(true)
  })

  it('macOS re-opens a window on activate once all were closed', async () => {
    const { fake } = await start()
    fake.rec.windows[0].close()
    fake.app.emit('activate')
    expect(fake.rec.windows.filter((w) => !w.destroyed)).toHaveLength(1)
  })
})

describe('IPC', () => {
  it('handles exactly one channel per contract call', async () => {
    const { fake } = await start()
    expect([...fake.rec.ipc.keys()].sort()).toEqual(callNames(contract).sort())
  })

  it('every channel dispatches for the app page, with that window’s session', async () => {
    const { fake, dispatched } = await start()
    const { webContents } = fake.rec.windows[0]
    for (const channel of fake.rec.ipc.keys())
      await fake.invoke(channel, { contents: webContents, frameUrl: appUrl }, {})
    expect(dispatched.map((d) => d.channel)).toEqual([...fake.rec.ipc.keys()])
    expect(new Set(dispatched.map((d) => d.session)).size).toBe(1)
    const status = await fake.invoke('auth.status', { contents: webContents, frameUrl: `${appUrl}#/` }, {})
    expect(status).toMatchObject({ ok: true })
  })

  const foreign: [string, (f: FakeElectron) => Parameters<FakeElectron['invoke']>[1]][] = [
    [
      'a web page the window was navigated to',
      (f) => ({ contents: f.rec.windows[0].webContents, frameUrl: 'https://evil.example/' }),
    ],
    [
      'another file on disk',
      (f) => ({ contents: f.rec.windows[0].webContents, frameUrl: 'file:///tmp/index.html' }),
    ],
    [
      'a lookalike file host',
      (f) => ({ contents: f.rec.windows[0].webContents, frameUrl: appUrl.replace('file://', 'file://evil') }),
    ],
    [
      'a subframe showing the app',
      (f) => ({ contents: f.rec.windows[0].webContents, frameUrl: appUrl, subframe: true }),
    ],
    ['a frame already gone', (f) => ({ contents: f.rec.windows[0].webContents, frameUrl: null })],
    [
      'a WebContents that is not one of our windows',
      (f) => ({ contents: f.newContents(), frameUrl: appUrl }),
    ],
  ]

  it.each(foreign)('refuses %s on every channel, and nothing reaches the core', async (_name, sender) => {
    const { fake, dispatched } = await start()
    const from = sender(fake)
    for (const channel of fake.rec.ipc.keys()) {
      expect(await fake.invoke(channel, from, {}), channel).toEqual(FORBIDDEN)
    }
    expect(dispatched).toEqual([])
  })

  it('a closed window’s session is dropped: its WebContents id no longer reaches the core', async () => {
    const { fake, dispatched } = await start()
    const { webContents } = fake.rec.windows[0]
    // closing only hides it to the tray (electron-desktop.test.ts); here the window is really gone
    fake.rec.windows[0].destroy()
    expect(await fake.invoke('auth.status', { contents: webContents, frameUrl: appUrl }, {})).toEqual(
      FORBIDDEN,
    )
    expect(dispatched).toEqual([])
  })
})

describe('navigation and new windows', () => {
  it('the window stays on the app; web links go to the OS browser, anything else nowhere', async () => {
    const { fake } = await start()
    const wc = fake.rec.windows[0].webContents
    expect(wc.attempt('will-navigate', `${appUrl}#/customers/3`)).toBe(false)
    expect(wc.attempt('will-navigate', 'https://www.ctrip.com/')).toBe(true)
    expect(wc.attempt('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(wc.attempt('will-navigate', 'javascript:alert(1)')).toBe(true)
    expect(wc.attempt('will-redirect', 'https://evil.example/')).toBe(true)
    expect(wc.attempt('will-attach-webview', appUrl)).toBe(true)
    expect(wc.open('https://map.baidu.com/')).toEqual({ action: 'deny' })
    expect(wc.open('file:///C:/Windows/System32/calc.exe')).toEqual({ action: 'deny' })
    expect(wc.open(appUrl)).toEqual({ action: 'deny' })
    expect(fake.rec.openedExternally).toEqual(['https://www.ctrip.com/', 'https://map.baidu.com/'])
  })

  it('guards WebContents the app did not create itself too', async () => {
    const { fake } = await start()
    const other = fake.newContents()
    expect(other.attempt('will-navigate', 'https://evil.example/')).toBe(true)
    expect(other.open('https://evil.example/')).toEqual({ action: 'deny' })
  })

  it('a packaged app closes devtools opened by any means', async () => {
    const { fake } = await start()
    const wc = fake.rec.windows[0].webContents
    wc.emit('devtools-opened')
    expect(fake.rec.calls).toContain(`closeDevTools:${wc.id}`)
  })
})

describe('session', () => {
  it('denies every permission request and check', async () => {
    const { fake } = await start()
    const wc = fake.rec.windows[0].webContents
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const answers: boolean[] = []
      fake.rec.permissionRequest!(wc, permission, (granted: boolean) => answers.push(granted), {})
      expect(answers, permission).toEqual([false])
      expect(fake.rec.permissionCheck!(wc, permission, 'file://', {}), permission).toBe(false)
    }
  })

  it('every response gets the shell policy, replacing one the response carried', async () => {
    const { fake } = await start()
    const replies: { responseHeaders: Record<string, string[]> }[] = []
    fake.rec.headersReceived!(
      { responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] } },
      (r: { responseHeaders: Record<string, string[]> }) => replies.push(r),
    )
    expect(replies).toEqual([
      { responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CSP] } },
    ])
  })
})

describe('single instance and lifecycle', () => {
  it('a second instance quits without opening the database or a window', async () => {
    const { fake, core } = await start({ lockAvailable: false })
    expect(fake.rec.calls).toContain('requestSingleInstanceLock')
    expect(fake.rec.quits).toBe(1)
    expect(fake.rec.calls).not.toContain('whenReady')
    expect(core()).toBeNull()
    expect(fake.rec.windows).toEqual([])
    expect(fake.rec.ipc.size).toBe(0)
  })

  it('the first instance brings its window forward when a second one starts', async () => {
    const { fake } = await start()
    const [win] = fake.rec.windows
    win.minimized = true
    fake.app.emit('second-instance', {}, [], '')
    expect({ minimized: win.minimized, visible: win.visible, focused: win.focused }).toEqual({
      minimized: false,
      visible: true,
      focused: true,
    })
  })

  it('a database that cannot open is explained, in Chinese first, and the app exits without a window', async () => {
    const { StartupError } = await import('../../src/main/app')
    const { fake } = await start({
      failOpen: new StartupError('integrity', '/d/tourdesk.sqlite', null, 'bad page'),
    })
    expect(fake.rec.errorBoxes).toHaveLength(1)
    expect(fake.rec.errorBoxes[0].title).toMatch(/^TourDesk 无法启动/)
    expect(fake.rec.errorBoxes[0].body).toContain('/d/tourdesk.sqlite')
    expect(fake.rec.exitCodes).toEqual([1])
    expect(fake.rec.windows).toEqual([])
    expect(fake.rec.ipc.size).toBe(0)
  })

  it('a page holding unsaved typing asks natively before it closes, and closes only if told to', async () => {
    const { fake } = await start()
    const wc = fake.rec.windows[0].webContents
    fake.rec.messageBoxAnswer = 1 // keep editing
    expect(wc.refuseUnload()).toBe(false)
    fake.rec.messageBoxAnswer = 0 // close anyway
    expect(wc.refuseUnload()).toBe(true)
    expect(fake.rec.messageBoxes).toHaveLength(2)
    expect(fake.rec.messageBoxes[0]).toMatchObject({
      message: '有未保存的修改',
      buttons: ['仍要关闭', '继续编辑'],
    })
  })

  it('quitting closes the database before the process goes', async () => {
    const { fake, core } = await start()
    fake.rec.windows[0].close() // window-all-closed follows on Windows and quits
    fake.app.emit('window-all-closed')
    // the first quit is postponed until the database is closed (WAL checkpoint), then quits for real
    await expect
      .poll(() => fake.rec.calls.filter((c) => c === 'database closed' || c === 'process exit'))
      .toEqual(['database closed', 'process exit'])
    await expect(core().db.selectFrom('staff').select('id').execute()).rejects.toThrow()
  })
})
