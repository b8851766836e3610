import { readFileSync } from 'node:fs'
import type axe from 'axe-core'
import type { Page } from '@playwright/test'
import { test, expect, shot } from './fixtures'
import { AuthPage } from './pages/auth.page'
import { inDays } from './fixed-clock'
import { screens, seedEveryScreen, visit } from './pages/screens'
import type { Ids } from './pages/screens'
import { FeedbackPage } from './pages/feedback.page'
import { readXlsx } from '../../src/main/spreadsheet/xlsx'

/*
 * Every screen, tab and main dialog through axe-core (WCAG 2 A and AA): no serious or critical
 * violation. One signed-in page walks them all (seeded once through the host's dispatch), so the tour
 * costs one app start; the same page then checks the profile's tab badges and reads the audit log's
 * export back. The axe findings are a soft expectation so one screen's finding does not hide the rest.
 */

type Found = { screen: string; rule: string; impact: string; targets: string[] }

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/**
 * axe in the page itself, asked for violations only. AxeBuilder's default run finishes in a new blank
 * page and gathers every passing node too: with ~50 screens that was most of the test's time.
 */
async function serious(page: Page, screen: string): Promise<Found[]> {
  // a string evaluated through the debugger protocol, which the page's CSP (no eval) does not govern
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE)
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: typeof axe }
    const r = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
      resultTypes: ['violations'],
    })
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 4).map((n) => n.target.join(' ')),
    }))
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ screen, rule: v.id, impact: v.impact!, targets: v.targets }))
}

/** The main dialogs, each opened on its screen, checked, and closed untouched. */
async function dialogs(page: Page, url: string, ids: Ids, check: (name: string) => Promise<void>) {
  const dialog = page.getByRole('dialog')
  const closeUntouched = async () => {
    await page.keyboard.press('Escape')
    await expect(dialog).toHaveCount(0)
  }
  await visit(page, `${url}#/trips/${ids.trip}?tab=participants`)
  await page.locator('[data-testid^="participant-edit-"]').first().click()
  await expect(dialog).toBeVisible()
  await check('dialog-participant')
  await closeUntouched()
  await page.getByTestId('participants-view-rooms').click()
  await check('trip-rooming')

  await visit(page, `${url}#/trips/${ids.returned}?tab=feedback`)
  const fb = new FeedbackPage(page)
  await fb.openSheet(`${ids.code}-S01`)
  await check('dialog-sheet-entry')
  await closeUntouched()

  await visit(page, `${url}#/complaints/${ids.complaint}`)
  await page.locator('[data-testid^="complaint-move-"]').first().click()
  await expect(dialog).toBeVisible()
  await check('dialog-complaint-move')
  await closeUntouched()

  await visit(page, `${url}#/customers/${ids.zhang}`)
  await page.keyboard.press('Control+l')
  await expect(dialog).toBeVisible()
  await check('dialog-communication')
  await closeUntouched()
  await page.keyboard.press('Control+k')
  await expect(dialog).toBeVisible()
  await page.keyboard.type('ZHANG')
  await expect(page.getByRole('option').first()).toBeVisible()
  await check('dialog-quick-find')
  await closeUntouched()
}

test('every screen and main dialog passes axe, and the profile tabs and audit export work', async ({
  app,
  api,
  host,
}) => {
  // ≈ 60 screens and dialogs; room for a machine whose two cores are shared with other suites
  test.setTimeout(480_000)
  const ids = await seedEveryScreen(api)

  const found: Found[] = []
  const check = async (name: string) => {
    const s0 = Date.now()
    found.push(...(await serious(app, name)))
    if (process.env.A11Y_TIMES) console.log(name, Date.now() - s0)
  }
  const t0 = Date.now()
  for (const [name, path] of screens(ids)) {
    await visit(app, `${host.url}#${path}`)
    await check(name)
  }
  await dialogs(app, host.url, ids, check)
  // English labels are other words in the same structure: the two busiest screens once more
  await new AuthPage(app).switchLanguage('English')
  for (const [name, path] of [
    ['home-en', '/home'],
    ['trip-en', `/trips/${ids.trip}?tab=participants`],
  ]) {
    await visit(app, `${host.url}#${path}`)
    await check(name)
  }
  console.log(`axe walk: ${Date.now() - t0} ms`)
  expect.soft(found).toEqual([])
  await new AuthPage(app).switchLanguage('简体中文')

  // the profile's tab badges follow the records
  await visit(app, `${host.url}#/customers/${ids.zhang}`)
  await expect(app.getByTestId('tab-count-family')).toHaveText('1')
  await expect(app.getByTestId('tab-count-communications')).toHaveText('1')
  await expect(app.getByTestId('tab-count-trips')).toHaveText('1')
  await expect(app.getByTestId('tab-count-complaints')).toHaveText('1')
  // logging a call updates the badge without reopening the file
  await api('customers.logCommunication', {
    customerId: ids.zhang,
    channel: 'wechat',
    direction: 'outbound',
    summary: '发行程',
  })
  await expect(app.getByTestId('tab-count-communications')).toHaveText('2')
  await shot(app, 'a11y-profile-badges-zh')

  await visit(app, `${host.url}#/audit?entity=customer&from=${inDays(0)}&to=${inDays(0)}`)
  await app.getByTestId('audit-export').click()
  await shot(app, 'a11y-audit-export-zh')
  await app.getByTestId('export-run').click()
  await expect(app.getByTestId('export-done')).toBeVisible()
  const file = host.effects.saved.at(-1)!
  expect(file.name).toBe(`审计日志-${inDays(0)}~${inDays(0)}.xlsx`)
  const rows = (await readXlsx(file.bytes))[0].rows
  expect(rows[0]).toEqual(['时间', '员工', '操作', '操作对象', '涉及字段'])
  expect(rows.slice(1).map((r) => r[3])).toContain('客户 张建国')
  expect(rows.slice(1).every((r) => r[3].startsWith('客户'))).toBe(true)

  await new AuthPage(app).switchLanguage('English')
  await visit(app, `${host.url}#/customers/${ids.zhang}`)
  await expect(app.getByTestId('tab-count-communications')).toHaveText('2')
  await shot(app, 'a11y-profile-badges-en')
  await visit(app, `${host.url}#/audit?entity=customer`)
  await app.getByTestId('audit-export').click()
  await shot(app, 'a11y-audit-export-en')
})
