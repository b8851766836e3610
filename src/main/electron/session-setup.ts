import type * as Electron from 'electron'
import type { MenuItemConstructorOptions } from 'electron'
import { permissionDecision, withCspHeader } from './security'

/** The default session: no permission is ever granted, and every response carries the app's CSP. */
export function configureSession(electron: Pick<typeof Electron, 'session'>, csp: string): void {
  const ses = electron.session.defaultSession
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(permissionDecision()))
  ses.setPermissionCheckHandler(() => permissionDecision())
  // index.html also carries the policy as a <meta>: file:// responses may not pass through webRequest.
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCspHeader(details.responseHeaders, csp) })
  })
}

export function configureMenu(
  electron: Pick<typeof Electron, 'app' | 'Menu'>,
  platform: NodeJS.Platform,
): void {
  const { app, Menu } = electron
  const isMac = platform === 'darwin'
  const dev = !app.isPackaged
  // Windows/Linux need no menu for copy/paste; macOS needs the Edit menu for ⌘C/⌘V to work.
  if (!isMac && !dev) return Menu.setApplicationMenu(null)
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { role: 'editMenu' },
    ...(dev ? [{ role: 'viewMenu' as const }] : []),
    { role: 'windowMenu' },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
