import fs from 'node:fs'
import path from 'node:path'
import { test as base, expect } from '@playwright/test'
import type { Page } from '@playwright/test'
import { startHost } from '../host/host'
import type { TestHost } from '../host/host'

export const ARTIFACTS = path.resolve(__dirname, '../artifacts/screens')

export const ADMIN = { agency: '山水国际旅行社', name: '王丽', login: 'wangli', password: 'tourdesk-2026' }

/** Every test gets its own host (fresh database) and a page opened on it. */
export const test = base.extend<{ host: TestHost; app: Page }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost()
    await use(host)
    await host.close()
  },
  app: async ({ page, host }, use) => {
    page.on('pageerror', (e) => {
      throw e
    })
    await page.goto(host.url)
    await use(page)
  },
})

export { expect }

/** Full-page screenshot kept as a test artifact, named by screen and language. */
export async function shot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  const file = path.join(ARTIFACTS, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}
