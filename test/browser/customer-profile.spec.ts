import type { Page } from '@playwright/test'
import { idCheckDigit } from '../../src/shared/customers/id-card'
import { maskDocNumber } from '../../src/shared/customers/mask'
import { ADMIN, expect, shot, signInAs, test } from './fixtures'
import { inDays, instantInDays } from './fixed-clock'
import { AuthPage } from './pages/auth.page'
import { ProfilePage } from './pages/profile.page'
import type { ProfileTab } from './pages/profile.page'

const TABS: ProfileTab[] = ['overview', 'documents', 'family', 'preferences', 'communications']
const PASSWORD = 'desk-pass-2026'

/** A valid 18-digit resident ID for the first 17 digits. */
const idCard = (first17: string) => first17 + idCheckDigit(first17)
const ID_ZHANG = idCard('31010419521003002')

/** Calls window.api in the page (as the signed-in staff) and returns the value or throws. */
async function call<T>(page: Page, ns: string, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([ns, method, input]) => {
      // test code is compiled without the DOM library: reach the page's globals untyped
      const api = (globalThis as any).api as Record<string, Record<string, (i: unknown) => Promise<any>>>
      const r = await api[ns][method](input)
      if (!r.ok) throw new Error(JSON.stringify(r.error))
      return r.value
    },
    [ns, method, input] as const,
  )
}

/** Screenshot with no hover effect; shot() finishes transitions (dialog fades, tab indicator). */
async function snap(page: Page, name: string) {
  await page.mouse.move(0, 0)
  await shot(page, name)
}

const createCustomer = (page: Page, c: Record<string, unknown>) =>
  call<{ id: number }>(page, 'customers', 'create', c).then((r) => r.id)

/** A full file as a front desk would keep it: referrer, documents, needs, preferences, contacts. */
async function richCustomer(page: Page) {
  const referrer = await createCustomer(page, { name: '王建国', mobile: '13700001234', gender: 'male' })
  const id = await createCustomer(page, {
    name: '张秀英',
    pinyinName: 'ZHANG XIUYING',
    gender: 'female',
    birth: { calendar: 'lunar', year: 1952, month: 8, day: 15, leap: false },
    mobile: '13812345678',
    wechat: 'zxy_1952',
    email: 'zhangxy@example.com',
    address: '上海市徐汇区漕溪北路 88 号 5 栋 1202 室',
    occupation: '退休教师',
    employer: '徐汇区第一中学',
    source: 'referral',
    referrerId: referrer,
    tags: ['老客户', '喜欢海岛'],
    tier: 'gold',
    marketingConsent: true,
    healthConsent: true,
    notes: '每年春秋两季出游，喜欢慢节奏。\n订房请优先安排低楼层。',
    preferences: {
      destinations: '云南、海南、日本北海道',
      travelStyle: 'relaxed',
      budget: 'premium',
      room: 'twin',
      smoking: false,
      bed: '低楼层，靠近电梯',
      seat: 'front',
      diet: 'vegetarian',
      allergies: '海鲜过敏',
      interests: '摄影、书法',
    },
    needs: [
      { kind: 'elderly', note: '行走较慢，线路少安排爬坡' },
      { kind: 'health', note: '高血压，需随身携带降压药' },
    ],
    emergencyContacts: [{ name: '李明', relation: '儿子', phone: '13900001111' }],
    documents: [
      { kind: 'id_card', number: ID_ZHANG, issuePlace: '上海市公安局徐汇分局', expiryDate: inDays(3000) },
      {
        kind: 'passport',
        number: 'E12345678',
        issueDate: '2016-05-01',
        issuePlace: '上海',
        expiryDate: inDays(90),
      },
    ],
  })
  const spouse = await createCustomer(page, { name: '李志强', gender: 'male', mobile: '13811112222' })
  await call(page, 'customers', 'addRelation', { customerId: id, otherId: spouse, kind: 'spouse' })
  await call(page, 'customers', 'logCommunication', {
    customerId: id,
    channel: 'wechat',
    direction: 'inbound',
    at: instantInDays(-5),
    summary: '咨询十月云南大理丽江六日游，两人同行，需要双床房。',
  })
  return { id, referrer, spouse }
}

async function addStaff(page: Page, name: string, login: string, role: 'manager' | 'frontdesk') {
  await call(page, 'staff', 'create', { name, login, role, password: PASSWORD })
}

test('shows the whole file, logs calls first in the list, every tab in both languages', async ({
  app,
  host,
}) => {
  const profile = new ProfilePage(app)
  const { id, referrer } = await richCustomer(app)
  await profile.open(host.url, id)

  await expect(profile.name).toHaveText('张秀英')
  await expect(app.getByTestId('profile-pinyin')).toHaveText('ZHANG XIUYING')
  await expect(app.getByTestId('profile-birthday')).toContainText('农历八月十五')
  await expect(app.getByTestId('profile-birthday')).toContainText('下次生日')
  await expect(app.getByTestId('profile-tier')).toHaveText('金卡')
  await expect(app.getByTestId('profile-consent')).toHaveText('同意问候/营销')
  await expect(app.getByTestId('profile-tag')).toHaveText(['喜欢海岛', '老客户'])
  await expect(app.getByTestId('profile-need')).toHaveText(['老年人', '健康状况'])
  await expect(app.getByTestId('profile-delete')).toBeVisible()
  await expect(app.getByTestId('overview-referrer')).toHaveText('王建国')
  await expect(app.getByTestId('overview-created')).toContainText(ADMIN.name)

  // log from the header, then with Ctrl+L from another tab: each appears first
  // the notice hides itself after a few seconds: watch for it from before the click, so a slow
  // machine cannot let it come and go between two looks
  const notice = expect(app.getByTestId('profile-snack')).toContainText('沟通记录已保存', { timeout: 60_000 })
  await profile.logCall('电话回访：确认十月出行人数两人。')
  await notice
  await profile.tab('communications')
  await expect(profile.commRows).toHaveCount(2)
  await expect(profile.commRows.first()).toContainText('电话回访：确认十月出行人数两人。')
  await expect(profile.commRows.first()).toContainText(ADMIN.name)
  await profile.logCall('微信发送行程单和报价。', { viaShortcut: true, channel: '微信' })
  await expect(profile.commRows).toHaveCount(3)
  await expect(profile.commRows.first()).toContainText('微信发送行程单和报价。')
  await expect(profile.commRows.first()).toContainText('微信')

  await profile.tab('overview')
  for (const tab of TABS) {
    await profile.tab(tab)
    await snap(app, `profile-${tab}-zh`)
  }
  await profile.page.getByTestId('profile-log-call').click()
  await snap(app, 'profile-comm-dialog-zh')
  await app.getByTestId('comm-cancel').click()

  await new AuthPage(app).switchLanguage('English')
  await expect(app.getByTestId('tab-overview')).toContainText('Overview')
  await expect(app.getByTestId('profile-birthday')).toContainText('Next birthday')
  for (const tab of TABS) {
    await profile.tab(tab)
    await snap(app, `profile-${tab}-en`)
  }

  // the referrer link opens the referrer's own file
  await profile.tab('overview')
  await app.getByTestId('overview-referrer').click()
  await expect(profile.name).toHaveText('王建国')
  await expect(app).toHaveURL(new RegExp(`#/customers/${referrer}`))
})

test('adds documents masked, explains a wrong ID check digit, edits and removes', async ({ app, host }) => {
  const profile = new ProfilePage(app)
  const id = await createCustomer(app, { name: '陈晓明', gender: 'male' })
  await profile.open(host.url, id, 'documents')
  await expect(app.getByTestId('doc-empty')).toBeVisible()

  await profile.openAddDocument()
  await profile.fillDocument({ kind: '护照', number: 'e98765432', issuePlace: '北京', expiry: inDays(60) })
  await profile.saveDocument()
  await expect(app.getByTestId('doc-number')).toBeHidden()
  const [passport] = await profile.documentIds()
  await expect(app.getByTestId(`doc-number-${passport}`)).toHaveText(maskDocNumber('E98765432'))
  await expect(app.getByTestId(`doc-row-${passport}`)).not.toContainText('E98765432')
  await expect(app.getByTestId(`doc-row-${passport}`).getByTestId('doc-expiry-warning')).toContainText(
    '天后到期',
  )

  // an ID number with a wrong last digit: message under the number field, nothing saved
  const good = idCard('11010519800101003')
  const wrongLast = good[17] === '0' ? '1' : '0'
  await profile.openAddDocument()
  await profile.fillDocument({ kind: '居民身份证', number: good.slice(0, 17) + wrongLast })
  await profile.saveDocument()
  await expect(app.getByTestId('doc-error')).toBeVisible()
  const numberField = app
    .getByTestId('doc-number')
    .locator('xpath=ancestor::div[contains(@class,"MuiFormControl")]')
  await expect(numberField).toContainText('身份证号校验位不正确，请核对')
  await snap(app, 'profile-doc-error-zh')
  await profile.fillDocument({ number: good })
  await profile.saveDocument()
  await expect(app.getByTestId('doc-number')).toBeHidden()
  // the list reloads after the save's change event: wait for it rather than read it once
  await expect.poll(() => profile.documentIds()).toHaveLength(2)
  await expect(app.getByTestId('tab-documents')).toContainText('2')

  // edit: an empty number keeps the stored one
  await app.getByTestId(`edit-doc-${passport}`).click()
  await app.getByTestId('doc-issue-place').fill('上海')
  await profile.saveDocument()
  await expect(app.getByTestId(`doc-row-${passport}`)).toContainText('上海')
  await expect(app.getByTestId(`doc-number-${passport}`)).toHaveText(maskDocNumber('E98765432'))

  await app.getByTestId(`remove-doc-${passport}`).click()
  await app.getByTestId('confirm-remove-doc').click()
  await expect(app.getByTestId(`doc-row-${passport}`)).toHaveCount(0)
  expect(await profile.documentIds()).toHaveLength(1)
})

test('front desk sees masked numbers only; a manager reveals them and it is audited', async ({
  app,
  host,
  api,
}) => {
  const profile = new ProfilePage(app)
  const { id } = await richCustomer(app)
  await addStaff(app, '赵前台', 'zhao.fd', 'frontdesk')
  await addStaff(app, '钱经理', 'qian.mgr', 'manager')
  await signInAs(app, api, { login: 'zhao.fd', password: PASSWORD, name: '赵前台' })
  await profile.open(host.url, id, 'documents')
  const [idDoc, passport] = await profile.documentIds()
  await expect(app.getByTestId(`doc-number-${passport}`)).toHaveText(maskDocNumber('E12345678'))
  await expect(app.locator('[data-testid^="reveal-doc-"]')).toHaveCount(0)
  await expect(app.getByTestId('profile-delete')).toHaveCount(0)
  await snap(app, 'profile-documents-frontdesk-zh')
  await profile.tab('preferences')
  // not even which sensitive need: one confidential need in its place
  await expect(app.getByTestId('need-note-confidential')).toContainText('仅经理和管理员可查看')
  await expect(app.getByTestId('need-note-health')).toHaveCount(0)
  await expect(app.getByTestId('need-note-elderly')).toHaveText('行走较慢，线路少安排爬坡')
  await expect(app.getByTestId('reveal-health')).toHaveCount(0)
  await signInAs(app, api, { login: 'qian.mgr', password: PASSWORD, name: '钱经理' })
  await profile.open(host.url, id, 'documents')
  await expect(app.getByTestId('profile-delete')).toHaveCount(0)
  await app.getByTestId(`reveal-doc-${idDoc}`).click()
  await expect(app.getByTestId(`doc-number-${idDoc}`)).toHaveText(ID_ZHANG)
  await expect(app.getByTestId(`doc-revealed-${idDoc}`)).toHaveText('完整号码（已记入审计日志）')
  await expect(app.getByTestId(`doc-number-${passport}`)).toHaveText(maskDocNumber('E12345678'))
  await snap(app, 'profile-documents-revealed-zh')
  const reveals = await host.app.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', 'reveal')
    .execute()
  expect(reveals).toHaveLength(1)
  expect(reveals[0]).toMatchObject({ entity: 'document', entity_id: idDoc })

  await profile.tab('preferences')
  await app.getByTestId('reveal-health').click()
  await expect(app.getByTestId('need-note-health')).toHaveText('高血压，需随身携带降压药')
  await expect(app.getByTestId('health-revealed')).toBeVisible()
  await snap(app, 'profile-preferences-revealed-zh')
  const healthReveals = await host.app.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', 'reveal')
    .where('entity', '=', 'customer')
    .execute()
  expect(healthReveals).toMatchObject([{ entity_id: id }])
})

test('links family members and shows the relation from both sides', async ({ app, host }) => {
  const profile = new ProfilePage(app)
  const father = await createCustomer(app, { name: '刘德明', gender: 'male', mobile: '13600001111' })
  const daughter = await createCustomer(app, { name: '刘思琪', gender: 'female', mobile: '13600002222' })
  await profile.open(host.url, father, 'family')
  await expect(app.getByTestId('relation-empty')).toBeVisible()

  // the search never offers the customer themselves
  await app.getByTestId('relation-add').click()
  await app.getByTestId('relation-search').fill('刘')
  await expect(app.getByTestId(`relation-option-${daughter}`)).toBeVisible()
  await expect(app.getByTestId(`relation-option-${father}`)).toHaveCount(0)
  await snap(app, 'profile-relation-dialog-zh')
  await app.keyboard.press('Escape')
  await app.keyboard.press('Escape')
  // a search was typed: leaving asks first
  await app.getByTestId('dialog-guard-discard').click()
  await expect(app.getByTestId('relation-save')).toBeHidden()

  await profile.linkRelative('siqi', daughter, '子女')
  await expect(app.getByTestId(`relation-${daughter}`)).toContainText('刘思琪')
  await expect(app.getByTestId(`relation-kind-${daughter}`)).toHaveText('子女')

  await app.getByTestId(`relation-link-${daughter}`).click()
  await expect(profile.name).toHaveText('刘思琪')
  await profile.tab('family')
  await expect(app.getByTestId(`relation-${father}`)).toContainText('刘德明')
  await expect(app.getByTestId(`relation-kind-${father}`)).toHaveText('父母')

  // removing it on one side removes it on both
  await app.locator('[data-testid^="relation-remove-"]').click()
  await app.getByTestId('confirm-remove-relation').click()
  await expect(app.getByTestId('relation-empty')).toBeVisible()
  await profile.open(host.url, father, 'family')
  await expect(app.getByTestId('relation-empty')).toBeVisible()

  // a son with no file yet: started from the search text, checked like the customer form, then
  // warned of the daughter's file sharing the family mobile, and created and linked in one step
  await profile.startNewRelative('刘晓东', '子女')
  await app.getByTestId('relation-new-mobile').fill('1360000')
  await app.getByTestId('relation-save').click()
  await expect(app.getByTestId('relation-new-mobile')).toHaveAttribute('aria-invalid', 'true')
  await app.getByTestId('relation-new-mobile').fill('13600002222')
  await app.getByTestId('relation-new-birthdate').fill('2012-06-01')
  await snap(app, 'profile-relation-new-zh')
  await app.getByTestId('relation-save').click()
  await expect(app.getByTestId('duplicate-dialog')).toContainText('刘思琪')
  await app.getByTestId('duplicate-continue').click()
  await expect(app.getByTestId('relation-save')).toBeHidden()
  const son = app.locator('[data-testid^="relation-link-"]').filter({ hasText: '刘晓东' })
  await expect(son).toBeVisible()
  await son.click()
  await expect(profile.name).toHaveText('刘晓东')
  await profile.tab('family')
  await expect(app.getByTestId(`relation-kind-${father}`)).toHaveText('父母')

  await new AuthPage(app).switchLanguage('English')
  await profile.startNewRelative('Li Na', 'Friend')
  await snap(app, 'profile-relation-new-en')
})

test('admin deletes a customer after confirming; the file is gone', async ({ app, host }) => {
  const profile = new ProfilePage(app)
  const id = await createCustomer(app, { name: '周小燕', mobile: '13511112222', doNotContact: true })
  await profile.open(host.url, id)
  await expect(app.getByTestId('profile-dnc')).toHaveText('请勿联系')
  await app.getByTestId('profile-log-call').click()
  await expect(app.getByTestId('comm-dnc-warning')).toBeVisible()
  await app.getByTestId('comm-cancel').click()
  await expect(app.getByTestId('comm-summary')).toBeHidden()
  await app.getByTestId('profile-delete').click()
  await expect(app.getByRole('dialog')).toContainText('周小燕')
  await expect(app.getByRole('dialog')).toContainText('此操作不能撤销')
  await snap(app, 'profile-delete-zh')
  await app.getByTestId('confirm-delete').click()
  await expect(app).toHaveURL(/#\/customers$/)
  // back on the list, which no longer has them (they were the only customer)
  await expect(app.getByTestId('customer-empty')).toBeVisible()

  const left = await host.app.db.selectFrom('customers').select('id').where('id', '=', id).execute()
  expect(left).toHaveLength(0)
  await app.goto(`${host.url}#/customers/${id}`)
  await expect(app.getByTestId('profile-not-found')).toBeVisible()
  await snap(app, 'profile-not-found-zh')
  await app.getByTestId('profile-not-found-back').click()
  await expect(app).toHaveURL(/#\/customers$/)
})
