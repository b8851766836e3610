import { CSP_META } from '../../src/main/electron/security'
import { expect, test } from './fixtures'

/**
 * The policy that really applies is the <meta> the build wrote into out/renderer/index.html (the
 * packaged app loads that file from file://). Here Chromium runs the built renderer: the app must
 * start under the policy without a single violation, and what the policy exists to stop is stopped.
 */
test('the built renderer carries the shell policy, runs under it, and it blocks frames, workers, plugins and injected code', async ({
  page: app,
  host,
}) => {
  // the first render parses a 3 MB bundle: on a loaded 2-core machine that alone can take most of a minute
  test.slow()
  // listen from the first byte of the page, so a violation while the app starts is seen too
  await app.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { cspSeen: string[] }).cspSeen = seen
    // directive first; where it came from after it, so a failure says which code was refused
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`),
    )
  })
  await app.goto(host.url)
  const seen = () => app.evaluate(() => (window as unknown as { cspSeen: string[] }).cspSeen)

  const meta = app.locator('meta[http-equiv="Content-Security-Policy"]')
  await expect(meta).toHaveCount(1)
  expect(await meta.getAttribute('content')).toBe(CSP_META)

  // the first screen rendered, and nothing the app itself does was refused (zod's eval probe once was)
  await expect(app.getByTestId('setup-agency')).toBeVisible({ timeout: 90_000 })
  expect(await seen()).toEqual([])

  await app.evaluate(() => {
    // same-origin targets: 'self' would allow them, so only the explicit 'none' directives block them
    const frame = document.createElement('iframe')
    frame.src = '/index.html'
    document.body.append(frame)
    const plugin = document.createElement('object')
    plugin.data = '/index.html'
    document.body.append(plugin)
    try {
      new Worker('/__testhost/api.js').onerror = () => {}
    } catch {
      // Chromium may refuse the constructor outright; the violation is reported either way
    }
    const injected = document.createElement('script')
    injected.textContent = 'window.cspInjectedRan = true'
    document.body.append(injected)
    // a string timer is compiled by the page itself (Playwright's own evaluate may bypass the policy)
    const stringTimer = setTimeout as unknown as (code: string, ms: number) => number
    stringTimer('window.cspEvalRan = true', 0)
  })

  await expect
    .poll(async () => [...new Set((await seen()).map((v) => v.split(' ')[0]))].sort())
    .toEqual(['frame-src', 'object-src', 'script-src', 'script-src-elem', 'worker-src'])
  expect(await app.evaluate(() => ['cspInjectedRan', 'cspEvalRan'].filter((k) => k in window))).toEqual([])
})
