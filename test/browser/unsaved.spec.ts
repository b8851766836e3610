import { expect, shot, test } from './fixtures'
import { AuthPage } from './pages/auth.page'
import { FeedbackPage, seedReturnedTrip } from './pages/feedback.page'

/*
 * Never lose typing: leaving a form with changes asks first (sidebar, Cancel), and what was typed
 * survives the window closing — the form offers it back the next time it opens.
 */

test('leaving a half-typed customer asks first; discarding really discards', async ({ app }) => {
  await app.getByTestId('nav-customers').click()
  await app.getByTestId('customer-new').click()
  await app.getByTestId('customer-field-name').fill('孙丽')
  await app.getByTestId('nav-trips').click()
  await expect(app.getByTestId('unsaved-dialog')).toContainText('有未保存的修改')
  await shot(app, 'unsaved-zh', { fullPage: false })
  await app.getByTestId('unsaved-stay').click()
  await expect(app.getByTestId('unsaved-dialog')).toBeHidden()
  await expect(app.getByTestId('customer-field-name')).toHaveValue('孙丽')

  await app.getByRole('button', { name: '取消' }).first().click()
  await app.getByTestId('unsaved-discard').click()
  await expect(app).toHaveURL(/#\/customers$/)
  await app.getByTestId('customer-new').click()
  await expect(app.getByTestId('customer-field-name')).toHaveValue('')
  await expect(app.getByTestId('draft-restored')).toHaveCount(0)

  // an untouched form leaves without a question
  await app.getByTestId('nav-trips').click()
  await expect(app).toHaveURL(/#\/trips$/)

  await new AuthPage(app).switchLanguage('English')
  await app.getByTestId('nav-customers').click()
  await app.getByTestId('customer-new').click()
  await app.getByTestId('customer-field-name').fill('Sun Li')
  await app.getByTestId('nav-home').click()
  await expect(app.getByTestId('unsaved-dialog')).toContainText('Unsaved changes')
  await shot(app, 'unsaved-en', { fullPage: false })
})

test('what was typed survives the window closing, and saving clears the draft', async ({ app, api }) => {
  const { id } = await api('customers.create', { name: '周杰', mobile: '13900001111' })
  await app.goto(`${app.url().split('#')[0]}#/customers/${id}/edit`)
  await app.getByTestId('customer-field-name').fill('周杰伦')
  // the window goes (reload = the renderer starts again); its unload question is answered "leave"
  app.once('dialog', (d) => void d.accept())
  await app.reload()
  await expect(app.getByTestId('draft-restored')).toContainText('已恢复')
  await expect(app.getByTestId('customer-field-name')).toHaveValue('周杰伦')
  await shot(app, 'draft-restored-zh', { fullPage: false })
  await app.getByTestId('customer-save').click()
  await expect(app.getByRole('heading', { name: '周杰伦' })).toBeVisible()
  await app.goto(`${app.url().split('#')[0]}#/customers/${id}/edit`)
  await expect(app.getByTestId('customer-field-name')).toHaveValue('周杰伦')
  await expect(app.getByTestId('draft-restored')).toHaveCount(0)
})

test('a half-keyed feedback sheet and a half-edited traveller ask before Escape or Cancel drops them', async ({
  app,
  api,
  host,
}) => {
  const s = await seedReturnedTrip(api, 2)
  await api('feedback.issue', { tripId: s.trip, blanks: 0 })
  const fb = new FeedbackPage(app)
  await fb.open(host, s.trip)
  await fb.openSheet(`${s.code}-S01`)
  await fb.keys(['1'])
  await app.keyboard.press('Escape')
  await expect(app.getByTestId('dialog-guard')).toBeVisible()
  await shot(app, 'unsaved-sheet-entry-zh', { fullPage: false })
  await app.getByTestId('dialog-guard-stay').click()
  await expect(app.getByTestId('entry-keys').locator('[data-value="0"]')).toHaveCount(1)
  await app.getByTestId('entry-close').click()
  await app.getByTestId('dialog-guard-discard').click()
  await expect(app.getByTestId('entry-dialog')).toHaveCount(0)
  // reopened untouched, it closes without a question
  await fb.openSheet(`${s.code}-S01`)
  await app.keyboard.press('Escape')
  await expect(app.getByTestId('entry-dialog')).toHaveCount(0)

  await app.goto(`${host.url}#/trips/${s.trip}?tab=participants`)
  await app.locator('[data-testid^="participant-edit-"]').first().click()
  await app.getByTestId('participant-contract').fill('HT-2026-001')
  await app.keyboard.press('Escape')
  await expect(app.getByTestId('dialog-guard')).toBeVisible()
  await app.getByTestId('dialog-guard-stay').click()
  await expect(app.getByTestId('participant-contract')).toHaveValue('HT-2026-001')
  await app.getByTestId('participant-dialog').getByRole('button', { name: '取消' }).click()
  await app.getByTestId('dialog-guard-discard').click()
  await expect(app.getByTestId('participant-dialog')).toHaveCount(0)
  const trip = await api<{ participants: { contractNo: string | null }[] }>('trips.get', { id: s.trip })
  expect(trip.participants.map((p) => p.contractNo)).toEqual([null, null])
})
