import type { Page } from '@playwright/test'
import { expect, shot, test } from './fixtures'
import { AuthPage } from './pages/auth.page'

/*
 * A clerk's screen: 1366×768, and the same at 125% scaling (1093×614 CSS px). The customer list shows
 * at least 12 rows without scrolling the page, and no header, button or chip breaks its text onto a
 * second line (the "one character per line" columns of a squeezed table).
 */

/**
 * Texts of headers, buttons and chips in the page's main area that break over more than one line:
 * each text node on its own (an icon beside a label is not a second line).
 */
function wrapped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = []
    for (const el of document.querySelectorAll<HTMLElement>('main th, main button, main .MuiChip-label')) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent?.trim()) continue
        const range = document.createRange()
        range.selectNodeContents(n)
        const lines = new Set(
          [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
        )
        if (lines.size > 1) out.push(n.textContent.trim())
      }
    }
    return out
  })
}

/** Customer rows whose whole height is inside the window, and whether the page itself scrolls. */
function fit(page: Page) {
  return page.evaluate(() => ({
    rows: [...document.querySelectorAll('[data-testid="customer-row"]')].filter(
      (r) => r.getBoundingClientRect().bottom <= window.innerHeight,
    ).length,
    pageScrolls: document.documentElement.scrollHeight > window.innerHeight + 1,
  }))
}

test('1366×768 shows 12+ customers without scrolling the page; at 125% nothing wraps', async ({
  app,
  api,
}) => {
  await api('customers.loadSample', {})
  await app.setViewportSize({ width: 1366, height: 768 })
  await app.getByTestId('nav-customers').click()
  await expect(app.getByTestId('customer-row').first()).toBeVisible()
  const at1366 = await fit(app)
  expect(at1366.rows).toBeGreaterThanOrEqual(12)
  expect(at1366.pageScrolls).toBe(false)
  expect(await wrapped(app)).toEqual([])
  await shot(app, 'density-customers-1366-zh', { fullPage: false })

  // 125% scaling: the sidebar folds on first use, and the same list still reads in single lines
  await app.setViewportSize({ width: 1093, height: 614 })
  await app.evaluate(() => localStorage.removeItem('tourdesk.sidebar'))
  await app.reload()
  await expect(app.getByTestId('customer-row').first()).toBeVisible()
  expect(await wrapped(app)).toEqual([])
  expect((await fit(app)).pageScrolls).toBe(false)
  await shot(app, 'density-customers-125-zh', { fullPage: false })
  await app.getByTestId('nav-trips').click()
  await expect(app.getByTestId('trip-search')).toBeVisible()
  expect(await wrapped(app)).toEqual([])

  await new AuthPage(app).switchLanguage('English')
  await app.getByTestId('nav-customers').click()
  await expect(app.getByTestId('customer-row').first()).toBeVisible()
  expect(await wrapped(app)).toEqual([])
  await shot(app, 'density-customers-125-en', { fullPage: false })
  await app.setViewportSize({ width: 1366, height: 768 })
  expect((await fit(app)).rows).toBeGreaterThanOrEqual(12)
  await shot(app, 'density-customers-1366-en', { fullPage: false })
})
