import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
import type { ElectronApplication, Page } from '@playwright/test'
import { CSP_META } from '../../src/main/electron/security'

const root = resolve(__dirname, '../..')
const mainJs = join(root, 'out', 'main', 'index.js')
const SKIP_MESSAGE = 'Electron binary not available on this machine — Electron smoke test skipped'

/**
 * Where the Electron executable is, without triggering a download: require('electron') would fetch
 * the binary when it is missing (Electron ≥ 42), so read path.txt and check the file ourselves.
 */
function electronExecutable(): string | null {
  const pkg = join(root, 'node_modules', 'electron')
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile)) return null
  const rel = readFileSync(pathFile, 'utf8').trim()
  if (!rel) return null
  const exe = join(process.env.ELECTRON_OVERRIDE_DIST_PATH || join(pkg, 'dist'), rel)
  return existsSync(exe) ? exe : null
}

function nativeAbi(target: 'node' | 'electron'): void {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'native-abi.mjs'), target], {
    cwd: root,
    encoding: 'utf8',
  })
  if (r.status !== 0) throw new Error(`native-abi ${target} failed:\n${r.stdout}\n${r.stderr}`)
}

const executable = electronExecutable()
// Playwright's list reporter does not print skip reasons; say it plainly once.
if (!executable && !process.env.TEST_WORKER_INDEX) console.log(SKIP_MESSAGE)
const NAME = '冒烟测试客户甲'
const LOGIN = 'smoke.admin'
const PASSWORD = 'Smoke-Test-2024!'

test.describe('Electron app', () => {
  test.skip(!executable, SKIP_MESSAGE)

  let userData = ''

  test.beforeAll(() => {
    if (!existsSync(mainJs)) throw new Error(`${mainJs} is missing — run "npm run build" first`)
    nativeAbi('electron')
    userData = mkdtempSync(join(tmpdir(), 'tourdesk-smoke-'))
  })

  test.afterAll(() => {
    // leave node_modules on Node's ABI for the unit tests (a fast switch from .native-cache)
    nativeAbi('node')
    if (userData) rmSync(userData, { recursive: true, force: true })
  })

  async function launch(): Promise<{ app: ElectronApplication; page: Page }> {
    const env: Record<string, string> = {}
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v
    delete env.ELECTRON_RENDERER_URL
    env.TOURDESK_USER_DATA = userData
    const app = await electron.launch({
      executablePath: executable!,
      args: [mainJs, `--user-data-dir=${userData}`],
      cwd: root,
      env,
    })
    const page = await app.firstWindow()
    await page.waitForLoadState('domcontentloaded')
    return { app, page }
  }

  async function signIn(page: Page): Promise<void> {
    await page.getByTestId('signin-login').fill(LOGIN)
    await page.getByTestId('signin-password').fill(PASSWORD)
    await page.getByTestId('signin-submit').click()
    await expect(page.getByTestId('nav-customers')).toBeVisible()
  }

  async function findCustomer(page: Page): Promise<void> {
    await page.getByTestId('nav-customers').click()
    await page.getByTestId('customer-search').fill(NAME)
    await expect(page.getByText(NAME).first()).toBeVisible()
  }

  test('first run, save a customer, restart, the customer is still there', async () => {
    const first = await launch()
    try {
      const { page } = first
      await expect(page).toHaveTitle(/TourDesk/)

      // the renderer is sandboxed: no Node, only the preload's API
      const globals = await page.evaluate(() => {
        const w = globalThis as unknown as Record<string, unknown>
        const api = w.api as { customers?: { search?: unknown } } | undefined
        return { require: typeof w.require, process: typeof w.process, search: typeof api?.customers?.search }
      })
      expect(globals).toEqual({ require: 'undefined', process: 'undefined', search: 'function' })
      // the page loaded from file:// is governed by the policy the unit tests check
      const csp = page.locator('meta[http-equiv="Content-Security-Policy"]')
      expect(await csp.getAttribute('content')).toBe(CSP_META)

      await page.getByTestId('setup-agency').fill('冒烟旅行社 Smoke Travel')
      await page.getByTestId('setup-name').fill('测试管理员')
      await page.getByTestId('setup-login').fill(LOGIN)
      await page.getByTestId('setup-password').fill(PASSWORD)
      await page.getByTestId('setup-submit').click()

      // setup may sign the new admin in directly, or show the sign-in form
      const signin = page.getByTestId('signin-login')
      const nav = page.getByTestId('nav-customers')
      await expect(signin.or(nav).first()).toBeVisible()
      if (await signin.isVisible()) await signIn(page)

      await nav.click()
      await page.getByTestId('customer-new').click()
      await page.getByTestId('customer-field-name').fill(NAME)
      await page.getByTestId('customer-save').click()
      await findCustomer(page)
    } finally {
      await first.app.close()
    }

    const second = await launch()
    try {
      const { page } = second
      await signIn(page)
      await findCustomer(page)
    } finally {
      await second.app.close()
    }
  })
})
