import type { Page } from '@playwright/test'
import { expect, shot, test } from './fixtures'
import { AuthPage } from './pages/auth.page'
import { inDays } from './fixed-clock'
import { TripPage } from './pages/trip-page.page'

/*
 * Forms a clerk can trust: errors she can find (a linked summary, focus on the first bad field, the
 * ID checked on leaving the field, lengths cut at the schema's limit), typing never dropped unasked
 * (dialogs, the trip form's draft), and no dead ends (a search that finds nobody, the way back to a
 * trip's checks). Screens at 1366×768 and at 125 % (1093×614).
 */
const WIDE = { width: 1366, height: 768 }
const SCALED = { width: 1093, height: 614 }
const base = (app: Page) => app.url().split('#')[0]

test('a refused customer lists its fields as links, focus goes to the first, the ID is checked on blur', async ({
  app,
  api,
}) => {
  await api('customers.create', { name: '欧阳娜', mobile: '13812345678' })
  await app.setViewportSize(WIDE)
  await app.goto(`${base(app)}#/customers/new`)
  // a name longer than the schema takes cannot be typed
  await app.getByTestId('customer-field-name').fill('张'.repeat(60))
  await expect(app.getByTestId('customer-field-name')).toHaveValue('张'.repeat(50))
  await app.getByTestId('customer-field-name').fill('欧阳娜娜')
  // 欧阳娜's mobile: the duplicate question waits until the fields are right
  await app.getByTestId('customer-field-mobile').fill('13812345678')
  await app.getByTestId('customer-field-email').fill('ouyang@')
  await app.getByTestId('doc-add').click()
  await app.getByTestId('doc-number-0').fill('110105194912310021')
  await app.getByTestId('doc-number-0').press('Tab')
  await expect(app.getByTestId('doc-row-0')).toContainText('校验位不正确')

  await app.getByTestId('customer-save').click()
  const summary = app.getByTestId('error-summary')
  await expect(summary).toContainText('邮箱')
  await expect(summary).toContainText('证件号码')
  await expect(app.getByTestId('customer-field-email')).toBeFocused()
  await expect(app.getByTestId('duplicate-dialog')).toHaveCount(0)
  await shot(app, 'forms-summary-zh', { fullPage: false })
  await app.getByTestId('error-link-documents.0.number').click()
  await expect(app.getByTestId('doc-number-0')).toBeFocused()

  // fixed: now the duplicate warning comes, and it opens the other file
  await app.getByTestId('doc-number-0').fill('11010519491231002X')
  await app.getByTestId('customer-field-email').fill('ouyang@example.com')
  await app.getByTestId('customer-save').click()
  await expect(app.getByTestId('duplicate-dialog')).toContainText('欧阳娜')
  await app.getByTestId('duplicate-open').click()
  await app.getByTestId('unsaved-discard').click()
  await expect(app.getByTestId('profile-name')).toHaveText('欧阳娜')

  await new AuthPage(app).switchLanguage('English')
  await app.setViewportSize(SCALED)
  await app.goto(`${base(app)}#/customers/new`)
  await app.getByTestId('customer-field-email').fill('not-an-email')
  await app.getByTestId('customer-save').click()
  await expect(summary).toContainText('Email')
  await expect(summary).toContainText('Name')
  await expect(app.getByTestId('customer-field-name')).toBeFocused()
  await shot(app, 'forms-summary-en-125', { fullPage: false })
})

test('a dialog with typing asks before closing; the trip form keeps a draft when the window closes', async ({
  app,
  api,
}) => {
  const { id } = await api('customers.create', { name: '孙丽' })
  await app.setViewportSize(WIDE)
  await app.goto(`${base(app)}#/customers/${id}`)
  await app.getByTestId('profile-log-call').click()
  await app.getByTestId('comm-summary').fill('问了九月的日本团')
  await app.keyboard.press('Escape')
  await expect(app.getByTestId('dialog-guard')).toContainText('放弃刚才填写的内容？')
  await shot(app, 'forms-dialog-guard-zh', { fullPage: false })
  await app.getByTestId('dialog-guard-stay').click()
  await expect(app.getByTestId('comm-summary')).toHaveValue('问了九月的日本团')
  await app.getByTestId('comm-cancel').click()
  await app.getByTestId('dialog-guard-discard').click()
  await expect(app.getByTestId('comm-summary')).toHaveCount(0)
  // untouched: Escape closes at once
  await app.getByTestId('profile-log-call').click()
  await app.keyboard.press('Escape')
  await expect(app.getByTestId('comm-summary')).toHaveCount(0)
  await expect(app.getByTestId('dialog-guard')).toHaveCount(0)

  await new AuthPage(app).switchLanguage('English')
  await app.setViewportSize(SCALED)
  await app.goto(`${base(app)}#/trips/new`)
  await app.getByTestId('trip-field-routeName').fill('Kyoto autumn leaves')
  // an empty required date says it is required
  await app.getByTestId('trip-save').click()
  await expect(app.getByTestId('trip-departDate-help')).toHaveText('Required')
  await expect(app.getByTestId('trip-field-destination')).toBeFocused()
  app.once('dialog', (d) => void d.accept())
  await app.reload()
  await expect(app.getByTestId('draft-restored')).toContainText('Restored')
  await expect(app.getByTestId('trip-field-routeName')).toHaveValue('Kyoto autumn leaves')
  await shot(app, 'forms-trip-draft-en-125', { fullPage: false })
  await app.getByTestId('nav-customers').click()
  await expect(app.getByTestId('unsaved-dialog')).toBeVisible()
  await app.getByTestId('unsaved-discard').click()
  await expect(app).toHaveURL(/#\/customers$/)
})

test('no dead ends: an empty search starts the new file; a file opened from the checks leads back', async ({
  app,
  api,
}) => {
  const { id: cid } = await api('customers.create', { name: '钱进' })
  const trip = await api('trips.create', {
    routeName: '黄山 3 日游',
    destination: '黄山',
    kind: 'domestic',
    departDate: inDays(10),
    returnDate: inDays(12),
  })
  await api('trips.addParticipants', { tripId: trip.id, customerIds: [cid] })
  await app.setViewportSize(WIDE)
  await app.getByTestId('nav-customers').click()
  await app.getByTestId('customer-search').fill('诸葛亮')
  await expect(app.getByTestId('customer-no-match')).toBeVisible()
  await shot(app, 'forms-new-from-search-zh', { fullPage: false })
  await app.getByTestId('customer-new-from-search').click()
  await expect(app.getByTestId('customer-field-name')).toHaveValue('诸葛亮')
  await app.getByTestId('nav-home').click()
  await app.getByTestId('unsaved-discard').click()

  await app.goto(`${base(app)}#/trips/${trip.id}?tab=checks`)
  await app.getByTestId('check-doc_missing').getByTestId('check-action-documents').click()
  await expect(app.getByTestId('profile-name')).toHaveText('钱进')
  await app.getByTestId('tab-overview').click()
  await expect(app.getByTestId('back-to-checks')).toContainText(/返回 TD-/)
  await new AuthPage(app).switchLanguage('English')
  await app.setViewportSize(SCALED)
  await expect(app.getByTestId('back-to-checks')).toContainText('Back to the checks of')
  await shot(app, 'forms-back-to-checks-en-125', { fullPage: false })
  await app.getByTestId('back-to-checks').click()
  await expect(app.getByTestId('trip-tab-checks')).toHaveAttribute('aria-selected', 'true')
})

test('the trip dialogs cut a text at the schema limit as it is typed: item, traveller, document', async ({
  app,
  api,
}) => {
  const zhang = await api('customers.create', { name: '张建国', mobile: '13812345678' })
  const trip = await api('trips.create', {
    routeName: '华东五市 4 日游',
    destination: '苏州',
    kind: 'domestic',
    departDate: inDays(20),
    returnDate: inDays(23),
  })
  await api('trips.addParticipants', { tripId: trip.id, customerIds: [zhang.id] })
  const page = new TripPage(app)
  await page.open(base(app), trip.id, 'itinerary')
  await page.openAddItem(1)
  await app.getByTestId('item-title').fill('景'.repeat(300))
  await expect(app.getByTestId('item-title')).toHaveValue('景'.repeat(200))
  await app.getByTestId('item-place').fill('x'.repeat(10_000))
  await expect(app.getByTestId('item-place')).toHaveValue('x'.repeat(200))
  // what was cut is what main takes: it saves
  await page.saveItem()
  await expect(app.getByTestId('item-dialog')).toBeHidden()

  await page.tab('participants')
  await app.locator('[data-testid^="participant-edit-"]').first().click()
  await app.getByTestId('participant-contract').fill('1'.repeat(100))
  await expect(app.getByTestId('participant-contract')).toHaveValue('1'.repeat(40))
  await page.saveParticipant()

  await app.goto(`${base(app)}#/customers/${zhang.id}?tab=documents`)
  await app.getByTestId('doc-add').click()
  await app.getByTestId('doc-number').fill('E'.repeat(100))
  await expect(app.getByTestId('doc-number')).toHaveValue('E'.repeat(30))
})

test('the form warns of a file with the same name and lunar birth date, saying why, in both languages', async ({
  app,
  api,
}) => {
  await api('customers.create', {
    name: '张桂兰',
    mobile: '13900003333',
    birth: { calendar: 'lunar', year: 1955, month: 3, day: 17, leap: false },
  })
  await app.setViewportSize(WIDE)
  await app.goto(`${base(app)}#/customers/new`)
  await app.getByTestId('customer-field-name').fill('张桂兰')
  await app.getByTestId('birth-lunar').click()
  await app.getByTestId('customer-field-lunar-year').fill('1955')
  await app.getByRole('combobox', { name: '农历月' }).click()
  await app.getByRole('option', { name: '三月', exact: true }).click()
  await app.getByRole('combobox', { name: '农历日' }).click()
  await app.getByRole('option', { name: '十七', exact: true }).click()
  await app.getByTestId('customer-save').click()
  const dialog = app.getByTestId('duplicate-dialog')
  await expect(dialog).toContainText('张桂兰')
  await expect(dialog).toContainText('同名同生日 · 13900003333')
  await shot(app, 'forms-duplicate-name-birth-zh', { fullPage: false })
  await dialog.getByRole('button', { name: '取消' }).click()
  await expect(dialog).toBeHidden()

  // the typing stays; in English the same file comes back for the same reason
  await new AuthPage(app).switchLanguage('English')
  await app.getByTestId('customer-save').click()
  await expect(dialog).toContainText('Same name and birth date · 13900003333')
  await shot(app, 'forms-duplicate-name-birth-en', { fullPage: false })
  // going on saves the second file, as for a shared mobile
  await dialog.getByTestId('duplicate-continue').click()
  await expect(app.getByTestId('profile-name')).toHaveText('张桂兰')
})
