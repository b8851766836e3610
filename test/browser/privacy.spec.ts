import type { Page } from '@playwright/test'
import { ADMIN, expect, shot, signInAs, test } from './fixtures'
import type { Api } from './fixtures'
import { AuthPage } from './pages/auth.page'

const CLERK = { name: '李小丽', login: 'xiaoli', password: 'frontdesk-2026' }

/** A tour leader with a passport and a permit, a front-desk clerk, customers with needs of each kind. */
async function seed(call: Api) {
  const guide = await call('guides.create', {
    name: '陆海涛',
    mobile: '13712345678',
    roles: ['tour_leader'],
    languages: ['普通话', '英语'],
    passportNo: 'EA1234567',
    permitNo: 'C12345678',
  })
  await call('staff.create', { ...CLERK, role: 'frontdesk' })
  const wang = await call('customers.create', {
    name: '王建国',
    mobile: '13812345678',
    healthConsent: true,
    needs: [
      { kind: 'elderly', note: null },
      { kind: 'health', note: '糖尿病' },
    ],
  })
  await call('customers.create', {
    name: '张伟',
    mobile: '13900000001',
    needs: [{ kind: 'mobility', note: null }],
  })
  return { guideId: guide.id, wangId: wang.id }
}

const needsOf = (app: Page, name: string) =>
  app.getByTestId('customer-row').filter({ hasText: name }).getByTestId('customer-needs')

test.beforeEach(async ({ app }) => {
  // several sign-ins and screenshots: room for a loaded 2-core machine
  test.slow()
  await expect(app.getByTestId('signed-in-as')).toContainText(ADMIN.name)
})

test('administrator: guide documents masked, revealed through main and audited; the edit dialog keeps them', async ({
  app,
  host,
  api,
}) => {
  const { guideId } = await seed(api)
  const passport = app.getByTestId('guide-detail-passport')
  const permit = app.getByTestId('guide-detail-permit')

  // administrator: masked until asked for, then the numbers main sends back, noted as audited
  await app.goto(`${host.url}#/guides/${guideId}`)
  await expect(passport).toHaveText('E*****567')
  await expect(permit).toHaveText('C*****678')
  await app.getByTestId('guide-detail-reveal').click()
  await expect(passport).toHaveText('EA1234567')
  await expect(permit).toHaveText('C12345678')
  await expect(app.getByTestId('guide-detail-revealed')).toHaveText('完整号码（已记入审计日志）')
  await shot(app, 'privacy-guide-revealed-zh')
  await app.getByTestId('guide-detail-hide').click()
  await expect(passport).toHaveText('E*****567')

  // the edit dialog never holds the numbers: empty fields showing the masked ones keep them
  await app.getByTestId('guide-detail-edit').click()
  await expect(app.getByTestId('guide-field-passportNo')).toHaveValue('')
  await expect(app.getByTestId('guide-field-passportNo')).toHaveAttribute('placeholder', 'E*****567')
  await expect(app.getByText('留空则保留原号码').first()).toBeVisible()
  await shot(app, 'privacy-guide-edit-zh')
  await app.getByTestId('guide-form-submit').click()
  await expect(app.getByTestId('guide-form-submit')).toHaveCount(0)
  await app.getByTestId('guide-detail-reveal').click()
  await expect(passport).toHaveText('EA1234567')

  // the reveal is in the audit log, by who and what, never the number
  const call = api
  const audit = await call<{ rows: { staff: { name: string } | null }[] }>('audit.list', {
    entity: 'guide',
    action: 'reveal',
  })
  expect(audit.rows.map((r) => r.staff?.name)).toEqual([ADMIN.name, ADMIN.name])

  // the same in English
  await new AuthPage(app).switchLanguage('English')
  await app.goto(`${host.url}#/customers`)
  await expect(needsOf(app, '王建国')).toHaveText('Elderly, Health condition')
  await app.goto(`${host.url}#/guides/${guideId}`)
  await app.getByTestId('guide-detail-reveal').click()
  await expect(passport).toHaveText('EA1234567')
  await expect(app.getByTestId('guide-detail-revealed')).toHaveText(
    'Full numbers (recorded in the audit log)',
  )
  await shot(app, 'privacy-guide-revealed-en')
})

test('front desk: guide documents masked with no way to reveal; health needs shown as a confidential need', async ({
  app,
  host,
  api,
}) => {
  const { guideId, wangId } = await seed(api)
  const passport = app.getByTestId('guide-detail-passport')
  const permit = app.getByTestId('guide-detail-permit')
  // front desk: masked, no way to reveal; the list shows that a special need exists, not which
  await signInAs(app, api, CLERK)
  await app.goto(`${host.url}#/guides/${guideId}`)
  await expect(passport).toHaveText('E*****567')
  await expect(permit).toHaveText('C*****678')
  await expect(app.getByTestId('guide-detail-reveal')).toHaveCount(0)
  await shot(app, 'privacy-guide-frontdesk-zh')
  await app.goto(`${host.url}#/customers`)
  await expect(needsOf(app, '王建国')).toHaveText('老年人、特殊需要（保密）')
  await expect(needsOf(app, '张伟')).toHaveText('行动不便/残障')
  await expect(app.getByTestId('customer-table')).not.toContainText('健康状况')
  await shot(app, 'privacy-needs-frontdesk-zh')
  // the profile and the edit form say the same: a confidential need, kept as it is by a save
  await app.goto(`${host.url}#/customers/${wangId}`)
  await expect(app.getByTestId('profile-need')).toHaveText(['老年人', '特殊需要（保密）'])
  await app.goto(`${host.url}#/customers/${wangId}/edit`)
  await expect(app.getByTestId('need-confidential')).toContainText('此客户另有保密的健康信息')
  await expect(app.getByTestId('need-health')).not.toBeChecked()
  await shot(app, 'privacy-needs-form-frontdesk-zh')
  await app.goto(`${host.url}#/customers`)

  await new AuthPage(app).switchLanguage('English')
  await expect(needsOf(app, '王建国')).toHaveText('Elderly, Special need (confidential)')
  await shot(app, 'privacy-needs-frontdesk-en')
  await app.goto(`${host.url}#/customers/${wangId}/edit`)
  await expect(app.getByTestId('need-confidential')).toContainText('confidential health information')
  await shot(app, 'privacy-needs-form-frontdesk-en')
  await app.goto(`${host.url}#/guides/${guideId}`)
  await expect(passport).toHaveText('E*****567')
  await expect(app.getByTestId('guide-detail-reveal')).toHaveCount(0)
  await shot(app, 'privacy-guide-frontdesk-en')
})
