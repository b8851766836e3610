import { test, expect, shot } from './fixtures'
import type { Api } from './fixtures'
import { AuthPage } from './pages/auth.page'
import { ProfilePage } from './pages/profile.page'
import { PrivacyPage } from './pages/privacy.page'
import { idCard } from './pages/resources.page'

const ID = idCard('11010519491231002')

/** 欧阳娜娜 with an ID card, a logged call, and a place on a trip that returned on `returnDate`. */
async function seed(api: Api, returnDate: string) {
  const who = await api('customers.create', {
    name: '欧阳娜娜',
    pinyinName: 'OUYANG NANA',
    gender: 'female',
    mobile: '13812345678',
    documents: [{ kind: 'id_card', number: ID }],
  })
  await api('customers.logCommunication', {
    customerId: who.id,
    at: '2026-11-20T09:00:00+08:00',
    channel: 'phone',
    direction: 'outbound',
    summary: '确认护照有效期',
  })
  const trip = await api('trips.create', {
    routeName: '桂林四日游',
    destination: '桂林',
    kind: 'domestic',
    type: 'group',
    departDate: returnDate.replace(/-\d\d$/, '-01'),
    returnDate,
  })
  const { ids } = await api<{ ids: number[] }>('trips.addParticipants', {
    tripId: trip.id,
    customerIds: [who.id],
  })
  await api('payments.record', {
    participantId: ids[0],
    day: returnDate.replace(/-\d\d$/, '-01'),
    amountFen: 298_000,
    method: 'wechat',
  })
  return { who: who.id, trip: trip.id }
}

test('a person’s copy prints every kind of record, identity numbers masked, in Chinese and English', async ({
  app,
  api,
  host,
}) => {
  const { who } = await seed(api, '2026-06-10')
  const p = new PrivacyPage(app)
  await p.openCopy(host.url, who)
  await p.screenshot('privacy-copy-zh')
  const zh = (await p.printToPdf('person-copy-zh')).text.replace(/\s+/g, '')
  for (const s of [
    '欧阳娜娜',
    '客户档案',
    '证件',
    '沟通记录',
    '家人与同行',
    '出行与合同',
    '付款',
    '投诉',
    '意见单',
    '提醒',
  ]) {
    expect(zh, s).toContain(s)
  }
  expect(zh).toContain('确认护照有效期')
  expect(zh).toContain('2980.00')
  expect(zh).toContain(ID.slice(-4))
  expect(zh).not.toContain(ID)
  await app.getByTestId('print-lang-en').click()
  await expect(app.getByTestId('copy-section-file')).toContainText('Customer file')
  await p.screenshot('privacy-copy-en')
  const en = (await p.printToPdf('person-copy-en')).text
  expect(en).toContain('Trips and contracts')
  // footer and page numbers in the copy's language, the app around it stays in 中文
  expect(en).toContain('copy of personal data')
  expect(en).toMatch(/Page 1 of \d+/)
  expect(en).not.toMatch(/个人信息副本|第 ?1 ?页/)
  await expect(app.getByTestId('print-back')).toHaveText('返回')
  expect(en).toContain('桂林四日游')
})

test('deleting a customer whose trip ended within the retention period restricts the file', async ({
  app,
  api,
  host,
}) => {
  const { who } = await seed(api, '2025-06-10')
  const profile = new ProfilePage(app)
  await profile.open(host.url, who)
  await app.getByTestId('profile-delete').click()
  await expect(app.getByTestId('delete-restricts')).toContainText('2027')
  await shot(app, 'privacy-delete-restricts-zh')
  await app.getByTestId('confirm-delete').click()
  await expect(app).toHaveURL(/#\/customers$/)
  expect((await api<{ total: number }>('customers.search', { q: '欧阳' })).total).toBe(0)

  const p = new PrivacyPage(app)
  await p.openSettings(host.url)
  await expect(p.restrictedRows).toHaveCount(1)
  await expect(p.restrictedRows.first()).toContainText('欧阳娜娜')
  await expect(p.restrictedRows.first()).toContainText('2027')
  await p.screenshot('privacy-restricted-zh')
  await new AuthPage(app).switchLanguage('English')
  await expect(app.getByTestId('privacy-restricted')).toContainText('Restricted files')
  await p.screenshot('privacy-restricted-en')
})

test('a manager approves the destruction of what is due; only a record without data remains', async ({
  app,
  api,
  host,
}) => {
  const { who, trip } = await seed(api, '2024-12-25')
  await api('customers.remove', { id: who })
  // 24 months + 2 days after the return: the restricted file and the trip archive are both due
  host.clock.now = new Date('2026-12-27T02:00:00.000Z')
  const p = new PrivacyPage(app)
  await p.openSettings(host.url)
  await expect(p.dueRows).toHaveCount(2)
  await expect(p.dueRows.nth(1)).toContainText('桂林四日游')
  await p.screenshot('privacy-due-zh')
  await p.approveFirst()
  await p.approveFirst()
  await expect(p.recordRows).toHaveCount(2)
  await expect(p.restrictedRows).toHaveCount(0)
  await expect(app.getByTestId('privacy-records')).not.toContainText('欧阳娜娜')
  await expect(app.getByTestId('privacy-records')).toContainText(`TA-${String(trip).padStart(6, '0')}`)
  await new AuthPage(app).switchLanguage('English')
  await expect(p.recordRows.first()).toContainText(/Trip archive|Restricted file/)
  await p.screenshot('privacy-records-en')
})
