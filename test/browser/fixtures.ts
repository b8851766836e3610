import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { test as base, expect } from '@playwright/test'
import type { Page } from '@playwright/test'
import { startHost } from '../host/host'
import type { TestHost } from '../host/host'
import type { OpenAppOptions } from '../../src/main/app'
import { FIXED_NOW } from './fixed-clock'

export const ARTIFACTS = path.resolve(__dirname, '../artifacts/screens')
/**
 * Screenshots are for people to look at (`npm run shots`, or SHOTS=1 for one spec), not assertions:
 * the suite takes ~150 full-page captures in a software-rendered browser. `npm test` runs every step
 * that leads to a screenshot but skips the capture itself.
 */
export const SHOTS = process.env.SHOTS === '1' || process.env.npm_lifecycle_event === 'shots'

export const ADMIN = { agency: '山水国际旅行社', name: '王丽', login: 'wangli', password: 'tourdesk-2026' }

/** Calls a handler as the page's signed-in staff and returns its value, or throws with the error. */
export type Api = <T = { id: number }>(channel: string, input: unknown) => Promise<T>

interface Fixtures {
  /**
   * Who the page starts as: the agency is set up and its administrator signed in through the
   * host's dispatch (same handlers, same permission checks as the form), or `null` for a fresh
   * install on the setup screen. Only the tests about setup itself use `null`.
   */
  account: 'admin' | null
  /** how the host opens (e.g. as a desk working on its own file instead of the office server) */
  hostOptions: { serverFallback?: OpenAppOptions['serverFallback'] }
  host: TestHost
  /** The page's id: the key of its main-process session (see test/host/page-api.ts). */
  pageId: string
  api: Api
  /** The page opened on the host, signed in as `account`, at the fixed instant. */
  app: Page
}

export const test = base.extend<Fixtures>({
  account: ['admin', { option: true }],
  hostOptions: [{}, { option: true }],
  host: async ({ hostOptions }, use) => {
    const host = await startHost({ now: FIXED_NOW, ...hostOptions })
    await use(host)
    await host.close()
  },
  context: async ({ context }, use) => {
    // The page's clock starts at FIXED_NOW and then flows: a frozen clock (setFixedTime) also
    // freezes performance.now, and React's scheduler then never commits a navigation.
    await context.clock.install({ time: new Date(FIXED_NOW) })
    await context.clock.resume()
    await use(context)
  },
  pageId: async ({ page }, use) => {
    const id = randomUUID()
    await page.addInitScript((pageId) => {
      try {
        sessionStorage.setItem('tourdesk-page', pageId)
      } catch {
        // about:blank has no storage; the app's own origin does
      }
    }, id)
    await use(id)
  },
  api: async ({ host, pageId, account }, use) => {
    const session = host.sessionOf(pageId)
    const api: Api = async (channel, input) => {
      const r = await host.app.dispatch(channel, input, session)
      if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`)
      return r.value as never
    }
    if (account === 'admin') {
      await api('auth.setup', {
        agencyName: ADMIN.agency,
        adminName: ADMIN.name,
        login: ADMIN.login,
        password: ADMIN.password,
      })
    }
    await use(api)
  },
  app: async ({ page, host, api: _signedIn, account }, use) => {
    page.on('pageerror', (e) => {
      throw e
    })
    // the first load parses the whole renderer bundle: on a busy machine that alone can take
    // longer than any later step, so it gets its own, longer wait
    await page.goto(host.url, { timeout: 60_000 })
    const ready = account
      ? expect(page.getByTestId('signed-in-as')).toContainText(ADMIN.name, { timeout: 60_000 })
      : expect(page.getByTestId('setup-submit')).toBeVisible({ timeout: 60_000 })
    await ready
    await use(page)
  },
})

export { expect }

/**
 * Reloads the window and waits until the app is back, signed in: like the first load, a reload
 * parses the whole bundle again, so it gets the first load's longer wait.
 */
export async function reloadSignedIn(page: Page): Promise<void> {
  await page.reload({ timeout: 60_000 })
  await expect(page.getByTestId('signed-in-as')).toBeVisible({ timeout: 60_000 })
}

/**
 * The page's desk changes hands: the same session signs out and in as `who` through the host's
 * dispatch (the sign-in form has its own tests), then the window reloads to pick it up.
 */
export async function signInAs(
  page: Page,
  api: Api,
  who: { login: string; password: string; name: string },
): Promise<void> {
  await api('auth.signOut', {})
  await api('auth.signIn', { login: who.login, password: who.password })
  await reloadSignedIn(page)
  await expect(page.getByTestId('signed-in-as')).toContainText(who.name)
}

/** A second desk signed in as the administrator: "someone else" in tests about concurrent edits. */
export async function otherDesk(host: TestHost): Promise<Api> {
  const session = host.app.newSession()
  const r = await host.app.dispatch('auth.signIn', { login: ADMIN.login, password: ADMIN.password }, session)
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return async (channel, input) => {
    const res = await host.app.dispatch(channel, input, session)
    if (!res.ok) throw new Error(`${channel}: ${JSON.stringify(res.error)}`)
    return res.value as never
  }
}

/**
 * Full-page screenshot kept as a test artifact, named by screen and language. Transitions are
 * finished instantly (`animations: 'disabled'`) instead of waited for.
 */
export async function shot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<string> {
  const file = path.join(ARTIFACTS, `${name}.png`)
  if (!SHOTS) return file
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  await page.screenshot({ path: file, fullPage: opts.fullPage ?? true, animations: 'disabled' })
  return file
}
