import type { Page } from '@playwright/test'
import type { ReminderSettings } from '../../src/shared/reminders/reminder-settings'
import { expect, otherDesk, shot, test } from './fixtures'
import { AuthPage } from './pages/auth.page'
import { HomePage } from './pages/home.page'

/** A full-page shot from the top: the app bar is fixed, so a scrolled page would show it mid-page. */
async function top(page: Page) {
  await page.mouse.move(0, 0)
  await page.evaluate(() => window.scrollTo(0, 0))
}

test('Settings → 提醒: rules, lead times, the return-visit plan and a template are saved; a stale save offers the latest', async ({
  app,
  api,
  host,
}) => {
  const page = new HomePage(app)
  await app.goto(`${host.url}#/settings?tab=reminders`)
  const form = app.getByTestId('reminder-settings-form')
  await expect(form).toBeVisible()

  await app.getByTestId('rule-birthday').uncheck()
  await expect(app.getByTestId('rule-birthday-days')).toBeDisabled()
  await app.getByTestId('rule-departure_notice-days').fill('')
  await app.getByTestId('plan-add').click()
  const last = (await app.getByTestId('plan-step').count()) - 1
  await app.getByTestId(`plan-amount-${last}`).fill('2')
  await page.choose(`plan-unit-${last}`, '年')
  await app.getByTestId('template-mid_autumn').fill('{name}，中秋快乐！月圆人团圆。——{agency}')

  // a blank lead time is refused under its box, and nothing is saved
  await app.getByTestId('reminder-settings-save').click()
  const days = app
    .getByTestId('rule-departure_notice-days')
    .locator('xpath=ancestor::div[contains(@class,"MuiFormControl")]')
  await expect(days).toContainText('必填')
  expect((await api<ReminderSettings>('reminders.settings', {})).rules.birthday.enabled).toBe(true)

  await app.getByTestId('rule-departure_notice-days').fill('5')
  await app.getByTestId('reminder-settings-save').click()
  await expect(app.getByTestId('settings-notice')).toContainText('提醒设置已保存')
  const saved = await api<ReminderSettings>('reminders.settings', {})
  expect(saved.rules.birthday.enabled).toBe(false)
  expect(saved.rules.departure_notice.days).toBe(5)
  expect(saved.returnVisitPlan.at(-1)).toEqual({ amount: 2, unit: 'year' })
  expect(saved.templates.festivals.mid_autumn).toBe('{name}，中秋快乐！月圆人团圆。——{agency}')
  await top(app)
  await shot(app, 'settings-reminders-zh')

  // another desk saves first: this form's next save is refused and offers what they saved
  const other = await otherDesk(host)
  await other('reminders.updateSettings', { ...saved, elderlyAge: 65 })
  await app.getByTestId('settings-stay-months').fill('3')
  await app.getByTestId('reminder-settings-save').click()
  await expect(app.getByTestId('reminder-settings-error')).toContainText('该记录已被他人修改')
  await app.getByTestId('reminder-settings-reload').click()
  await expect(app.getByTestId('settings-elderly-age')).toHaveValue('65')
  await expect(app.getByTestId('settings-stay-months')).toHaveValue(String(saved.stayInTouchMonths))

  await new AuthPage(app).switchLanguage('English')
  await expect(form).toContainText('Return-visit plan (after return)')
  await top(app)
  await shot(app, 'settings-reminders-en')
})
