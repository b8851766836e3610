import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  CSP,
  CSP_META,
  devCsp,
  isAllowedNavigation,
  isSafeExternalUrl,
  isTrustedSender,
  withCspHeader,
} from '../../src/main/electron/security'
import { startupErrorText, unexpectedErrorText } from '../../src/main/electron/startup-message'

const fileApp = pathToFileURL('/opt/TourDesk/resources/app.asar/out/renderer/index.html').href
const winApp = 'file:///C:/Program%20Files/TourDesk/resources/app.asar/out/renderer/index.html'
const devApp = 'http://localhost:5173/'

/** directive name → its sources, for a policy string */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/)
      return [name, sources]
    }),
  )
}

describe('CSP', () => {
  const header = directives(CSP)

  it('runs only scripts shipped in the app: no inline code, no eval, no other origin', () => {
    for (const name of ['default-src', 'script-src']) expect(header[name], name).toEqual(["'self'"])
  })

  it.each(['frame-src', 'worker-src', 'object-src', 'base-uri', 'form-action', 'frame-ancestors'])(
    'refuses %s outright',
    (name) => {
      expect(header[name]).toEqual(["'none'"])
    },
  )

  it('loads nothing from another host, and data: only for pictures and fonts', () => {
    for (const [name, sources] of Object.entries(header)) {
      for (const source of sources) {
        const keyword = /^'(self|none|unsafe-inline)'$/.test(source)
        expect(keyword || source === 'data:', `${name} ${source}`).toBe(true)
        if (source === 'data:') expect(['img-src', 'font-src'], name).toContain(name)
        if (source === "'unsafe-inline'")
          expect(name, 'inline allowed only for emotion styles').toBe('style-src')
      }
    }
  })

  it('the <meta> the build writes is the header policy minus what a <meta> cannot carry', () => {
    const meta = directives(CSP_META)
    expect(meta['frame-ancestors']).toBeUndefined()
    expect({ ...meta, 'frame-ancestors': header['frame-ancestors'] }).toEqual(header)
  })

  it('dev policy only adds the dev server and its websocket', () => {
    const dev = devCsp('http://localhost:5173/')
    expect(dev).toContain("script-src 'self' 'unsafe-inline' http://localhost:5173")
    expect(dev).toContain("connect-src 'self' http://localhost:5173 ws://localhost:5173")
    expect(dev).toContain("object-src 'none'")
    expect(dev).not.toContain('unsafe-eval')
    expect(devCsp('not a url')).toBe(CSP)
  })

  it('replaces any CSP header the response carried', () => {
    const h = withCspHeader(
      { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] },
      CSP,
    )
    expect(h).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CSP] })
    expect(withCspHeader(undefined, CSP)).toEqual({ 'Content-Security-Policy': [CSP] })
  })
})

describe('isAllowedNavigation', () => {
  it('allows the app page itself, with a hash route or query', () => {
    expect(isAllowedNavigation(fileApp, fileApp)).toBe(true)
    expect(isAllowedNavigation(`${fileApp}#/customers/12`, fileApp)).toBe(true)
    expect(isAllowedNavigation(`${fileApp}?lang=en`, fileApp)).toBe(true)
    expect(isAllowedNavigation(`${devApp}customers`, devApp)).toBe(true)
  })

  it('treats Windows drive letters and percent-encoding alike', () => {
    const other = 'file:///c:/Program Files/TourDesk/resources/app.asar/out/renderer/index.html#/x'
    expect(isAllowedNavigation(other, winApp)).toBe(true)
  })

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'file:///etc/passwd',
    pathToFileURL('/opt/TourDesk/resources/app.asar/out/renderer/other.html').href,
    pathToFileURL('/opt/TourDesk/resources/app.asar/out/renderer/../../../evil/index.html').href,
    'file://evilhost/opt/TourDesk/resources/app.asar/out/renderer/index.html',
    'https://example.com/',
    'http://localhost:5174/',
    'https://localhost:5173/',
    'http://user:pw@localhost:5173/',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url, fileApp)).toBe(false)
    expect(isAllowedNavigation(url, devApp)).toBe(false)
  })

  it('a production app never accepts a web page, a dev app never a file', () => {
    expect(isAllowedNavigation(devApp, fileApp)).toBe(false)
    expect(isAllowedNavigation(fileApp, devApp)).toBe(false)
  })

  it('refuses everything when the app URL itself is unusable', () => {
    expect(isAllowedNavigation(fileApp, 'garbage')).toBe(false)
    expect(isAllowedNavigation('data:text/html,x', 'data:text/html,x')).toBe(false)
  })
})

describe('isTrustedSender', () => {
  it('trusts only the app page or the dev server origin', () => {
    expect(isTrustedSender(fileApp, fileApp)).toBe(true)
    expect(isTrustedSender(`${fileApp}#/settings`, fileApp)).toBe(true)
    expect(isTrustedSender('http://localhost:5173/index.html', devApp)).toBe(true)
  })

  // lookalikes of the app's own addresses: a prefix or substring check would let each of them in
  it.each([
    undefined,
    null,
    '',
    'about:blank',
    'https://evil.example/',
    'file:///tmp/index.html',
    'data:,x',
    'file://evil/opt/TourDesk/resources/app.asar/out/renderer/index.html',
    `${fileApp}.evil.html`,
    fileApp.replace('index.html', 'index.html.evil/index.html'),
    'http://localhost:5173.evil.example/',
    'http://localhost:5173@evil.example/',
    'http://evil.example/?http://localhost:5173/',
    'http://127.0.0.1.evil:5173/',
    'https://localhost:5173/',
  ])('refuses %s', (url) => {
    expect(isTrustedSender(url, fileApp)).toBe(false)
    expect(isTrustedSender(url, devApp)).toBe(false)
  })
})

describe('isSafeExternalUrl', () => {
  it.each(['https://www.ctrip.com/', 'http://example.com/path?q=1#x', 'https://地图.中国/'])(
    'allows %s',
    (url) => {
      expect(isSafeExternalUrl(url)).toBe(true)
    },
  )

  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'data:text/html,x',
    'smb://server/share',
    'ms-msdt:/id',
    'mailto:a@b.c',
    'https://user:pass@example.com/',
    'https://user@example.com/',
    'https://',
    '',
    'example.com',
    undefined,
    null,
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false)
  })
})

describe('startup messages', () => {
  it('names the file and the backup, Chinese first, and says nothing changed', () => {
    const { title, body } = startupErrorText({
      kind: 'integrity',
      file: '/data/tourdesk.sqlite',
      backup: '/data/tourdesk.sqlite.bak',
      message: 'integrity: page 12 corrupt',
    })
    expect(title).toMatch(/^TourDesk 无法启动/)
    expect(body.indexOf('数据库文件：/data/tourdesk.sqlite')).toBeGreaterThanOrEqual(0)
    expect(body).toContain('备份副本：/data/tourdesk.sqlite.bak')
    expect(body).toContain('Backup copy: /data/tourdesk.sqlite.bak')
    expect(body).toContain('没有对任何文件做修改')
    expect(body).toContain('changed nothing')
    expect(body.indexOf('数据库文件')).toBeLessThan(body.indexOf('Database file'))
  })

  it('says when there is no backup', () => {
    const { body } = startupErrorText({ kind: 'open', file: 'f', backup: null, message: 'm' })
    expect(body).toContain('备份副本：无')
    expect(body).toContain('Backup copy: none')
  })

  it('shows unexpected errors too', () => {
    expect(unexpectedErrorText(new Error('boom')).body).toContain('boom')
  })
})
