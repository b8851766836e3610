import type { BrowserWindow, Notification as ElectronNotification } from 'electron'
import type { EventMap } from '../../shared/api/events'
import type { DesktopOptions } from '../../shared/reminders/reminder.types'
import type { Effects } from '../effects'
import { trayText, unloadText } from '../reminders/notification-text'
import type { Lang } from '../reminders/notification-text'
import type { ShellElectron } from './shell'

/** electron-builder's appId (electron-builder.yml): Windows shows no toast from any other id. */
export const APP_ID = 'com.tourdesk.app'

export type OpenTarget = EventMap['reminders.open']
const targets: readonly OpenTarget['target'][] = ['customer', 'trip', 'guide', 'supplier', 'reminder', 'home']

/** What a toast carries to its activation: a query string, the same after a restart. */
export function launchArgs(t: OpenTarget): string {
  return new URLSearchParams({
    target: t.target,
    ...(t.id !== undefined ? { id: String(t.id) } : {}),
  }).toString()
}

/** Reads launchArgs back; anything else (an old or foreign toast) opens the home screen. */
export function parseLaunchArgs(args: string): OpenTarget {
  const p = new URLSearchParams(args)
  const target = p.get('target') as OpenTarget['target'] | null
  const id = Number(p.get('id'))
  if (!target || !targets.includes(target)) return { target: 'home' }
  return Number.isSafeInteger(id) && id > 0 ? { target, id } : { target }
}

const xml = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string,
  )

/** A Windows toast whose launch attribute survives in the Action Center after TourDesk quits. */
export function toastXml(n: { title: string; body: string }, target: OpenTarget): string {
  return (
    `<toast launch="${xml(launchArgs(target))}" activationType="foreground">` +
    `<visual><binding template="ToastGeneric"><text>${xml(n.title)}</text><text>${xml(n.body)}</text></binding></visual>` +
    `</toast>`
  )
}

export interface NotifierHooks {
  platform: NodeJS.Platform
  /** a notification was clicked (now, from the Action Center, or to start TourDesk) */
  open(target: OpenTarget): void
  /** notifications are unsupported or one failed: the window shows its own banner */
  banner(reason: 'unsupported' | 'failed'): void
}

/**
 * Desktop notifications. Live ones are kept referenced until closed: a garbage-collected
 * Notification loses its click handler. handleActivation covers the clicks no live object sees.
 */
export function desktopNotifier(electron: ShellElectron, hooks: NotifierHooks): Effects['notify'] {
  const { Notification } = electron
  const live = new Set<ElectronNotification>()
  if (hooks.platform === 'win32') {
    Notification.handleActivation((details) => hooks.open(parseLaunchArgs(details.arguments)))
  }
  return (n) => {
    if (!Notification.isSupported()) return hooks.banner('unsupported')
    const target = n.target ?? { target: 'home' as const }
    const note = new Notification(
      hooks.platform === 'win32'
        ? { toastXml: toastXml(n, target), ...(n.tag ? { id: n.tag } : {}) }
        : { title: n.title, body: n.body, ...(n.tag ? { id: n.tag } : {}) },
    )
    live.add(note)
    // on Windows handleActivation reports the click too; answering both would open it twice
    if (hooks.platform !== 'win32') note.on('click', () => hooks.open(target))
    note.on('close', () => live.delete(note))
    note.on('failed', () => {
      live.delete(note)
      hooks.banner('failed')
    })
    note.show()
  }
}

/** Start with the system: Windows and macOS have login items; elsewhere the option is not offered. */
export function loginItems(
  electron: ShellElectron,
  platform: NodeJS.Platform,
): NonNullable<Effects['desktop']> {
  const supported = platform === 'win32' || platform === 'darwin'
  const get = (): DesktopOptions => ({
    supported,
    startWithSystem: supported && electron.app.getLoginItemSettings().openAtLogin,
  })
  return {
    get,
    setStartWithSystem(on) {
      if (supported) electron.app.setLoginItemSettings({ openAtLogin: on })
      return get()
    },
  }
}

/**
 * Close to the tray: closing the window hides it, so reminders still arrive; the tray menu opens
 * it again or quits for real.
 */
export function closeToTray(
  electron: ShellElectron,
  opts: { icon: string; lang: Lang; show: () => void },
): { quitting: () => boolean } {
  const { Menu, Tray, app } = electron
  let quitting = false
  app.on('before-quit', () => void (quitting = true))
  const text = trayText(opts.lang)
  const tray = new Tray(opts.icon)
  tray.setToolTip('TourDesk')
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label: text.open, click: opts.show },
      { type: 'separator' },
      {
        label: text.quit,
        click: () => {
          quitting = true
          app.quit()
        },
      },
    ]),
  )
  tray.on('click', opts.show)
  return { quitting: () => quitting }
}

/**
 * A form with unsaved typing holds the page (beforeunload) when the app quits or reloads: ask, in the
 * app's language, instead of Electron's default of silently not closing.
 */
export function askBeforeUnload(electron: ShellElectron, win: BrowserWindow, lang: () => Lang): void {
  win.webContents.on('will-prevent-unload', (e) => {
    const text = unloadText(lang())
    const choice = electron.dialog.showMessageBoxSync(win, {
      type: 'question',
      title: 'TourDesk',
      message: text.message,
      detail: text.detail,
      buttons: [text.leave, text.stay],
      defaultId: 1,
      cancelId: 1,
    })
    if (choice === 0) e.preventDefault()
  })
}
