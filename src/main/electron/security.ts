/**
 * Every security decision of the Electron shell, as pure functions: index.ts only wires them to
 * Electron, so they are unit-tested in plain Node without the Electron binary.
 */

/**
 * Content-Security-Policy for the renderer, one directive per entry. style-src needs 'unsafe-inline'
 * because emotion (MUI) injects <style> tags at run time; scripts stay 'self' only, so an injected
 * string can't run code. The app has no frames, workers or plugins: those are refused outright
 * rather than left to default-src, so a file dropped next to index.html cannot be framed or run
 * as a worker either.
 */
const DIRECTIVES: ReadonlyArray<readonly [name: string, sources: string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['frame-src', "'none'"],
  ['worker-src', "'none'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
]

const policy = (directives: ReadonlyArray<readonly [string, string]>): string =>
  directives.map(([name, sources]) => `${name} ${sources}`).join('; ')

/** The policy as a response header (the shell sets it on every response main sees). */
export const CSP = policy(DIRECTIVES)

/** Directives a browser ignores (with a console warning) when the policy comes from a <meta>. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox'])

/**
 * The same policy for the <meta> the build writes into index.html (electron.vite.config.ts).
 * The packaged app loads index.html from file://, whose responses may not pass through
 * webRequest, so this <meta> is the policy that certainly applies there.
 */
export const CSP_META = policy(DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name)))

/**
 * The dev server needs an inline script (React refresh preamble) and a websocket (HMR); this
 * relaxed policy is only used when the window loads ELECTRON_RENDERER_URL in an unpackaged run.
 */
export function devCsp(devServerUrl: string): string {
  const u = parse(devServerUrl)
  if (!u) return CSP
  const ws = `${u.protocol === 'https:' ? 'wss' : 'ws'}://${u.host}`
  return CSP.replace("script-src 'self'", `script-src 'self' 'unsafe-inline' ${u.origin}`).replace(
    "connect-src 'self'",
    `connect-src 'self' ${u.origin} ${ws}`,
  )
}

function parse(url: string | undefined | null): URL | null {
  if (typeof url !== 'string' || url === '') return null
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** Decoded path; Windows drive paths compared case-insensitively (C:/ vs c:/ is the same file). */
function filePath(u: URL): string {
  let p: string
  try {
    p = decodeURIComponent(u.pathname)
  } catch {
    p = u.pathname
  }
  return /^\/[A-Za-z]:\//.test(p) ? p.toLowerCase() : p
}

/**
 * Is `url` a page of the app itself? For a packaged/production build that is exactly the app's
 * own index.html (any hash/query, since the router lives in the hash); another file on disk is
 * not the app. For the dev server it is any page of the same origin.
 */
function isAppUrl(url: string | undefined | null, appUrl: string): boolean {
  const u = parse(url)
  const app = parse(appUrl)
  if (!u || !app) return false
  if (app.protocol === 'file:') {
    return u.protocol === 'file:' && u.host === app.host && filePath(u) === filePath(app)
  }
  if (app.protocol === 'http:' || app.protocol === 'https:') {
    return u.origin === app.origin && u.username === '' && u.password === ''
  }
  return false
}

/** will-navigate / will-redirect: only within the app; javascript:, data:, other files and sites are refused. */
export function isAllowedNavigation(url: string | undefined | null, appUrl: string): boolean {
  return isAppUrl(url, appUrl)
}

/** IPC is answered only for frames showing the app itself (never a page navigated elsewhere). */
export function isTrustedSender(frameUrl: string | undefined | null, appUrl: string): boolean {
  return isAppUrl(frameUrl, appUrl)
}

/**
 * URLs handed to the OS (shell.openExternal): web pages only. file:, smb:, custom protocols and
 * the like can launch programs; credentials in a URL are a phishing trick.
 */
export function isSafeExternalUrl(url: string | undefined | null): boolean {
  const u = parse(url)
  if (!u) return false
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false
  if (u.username !== '' || u.password !== '') return false
  return u.hostname !== ''
}

/** The subset of Electron's WebPreferences we set (kept local so this file never imports electron). */
export interface SecureWebPreferences {
  preload: string
  contextIsolation: true
  sandbox: true
  nodeIntegration: false
  nodeIntegrationInWorker: false
  nodeIntegrationInSubFrames: false
  webSecurity: true
  allowRunningInsecureContent: false
  webviewTag: false
  experimentalFeatures: false
  navigateOnDragDrop: false
  spellcheck: false
  devTools: boolean
}

/** The renderer gets no Node, runs sandboxed, and sees main only through the preload's window.api. */
export function webPreferencesFor(
  preloadPath: string,
  opts: { devTools?: boolean } = {},
): SecureWebPreferences {
  return {
    preload: preloadPath,
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
    devTools: opts.devTools ?? false,
  }
}

/** The app needs no camera, microphone, geolocation, notifications-from-web, etc.: deny every request. */
export function permissionDecision(): boolean {
  return false
}

/** Adds the CSP to response headers, replacing any the response carried (header names are case-insensitive). */
export function withCspHeader(
  headers: Record<string, string[]> | undefined,
  csp: string,
): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (k.toLowerCase() !== 'content-security-policy') out[k] = v
  }
  out['Content-Security-Policy'] = [csp]
  return out
}
