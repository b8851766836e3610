import { expect, test } from './fixtures'
import { AuthPage } from './pages/auth.page'
import { DuplicatesPage } from './pages/duplicates.page'
import { ProfilePage } from './pages/profile.page'

/*
 * The same customer was filed twice (a walk-in, then a phone booking). The administrator finds the pair
 * on the duplicates screen, sets aside a pair that are two different people, merges the pair that is
 * one, keeping the traditional spelling of the name from the newer file, and finds both files' calls
 * on the kept file; the merged file's old link says where it went.
 */
test.use({ viewport: { width: 1366, height: 768 } })

test('finds a duplicate pair, merges it choosing fields, and the kept file has both histories', async ({
  app,
  api,
  host,
}) => {
  const keep = (await api('customers.create', { name: '王建国', mobile: '13812345678', gender: 'male' })).id
  const gone = (
    await api('customers.create', {
      name: '王建國',
      mobile: '13812345678',
      email: 'wjg@example.com',
      birth: { calendar: 'solar', date: '1958-03-17' },
    })
  ).id
  const birth = { calendar: 'solar', date: '1990-05-01' }
  const li1 = (await api('customers.create', { name: '李娜', birth })).id
  const li2 = (await api('customers.create', { name: '李娜', birth, mobile: '13900001111' })).id
  for (const [customerId, summary] of [
    [keep, '来店咨询云南六日游'],
    [gone, '电话预订：问日本签证材料'],
  ] as const)
    await api('customers.logCommunication', { customerId, channel: 'phone', direction: 'inbound', summary })

  const dup = new DuplicatesPage(app)
  await expect(async () => {
    await app.getByTestId('nav-customers').click()
    await expect(app.getByTestId('customer-duplicates')).toHaveAttribute('data-count', '2', { timeout: 2000 })
  }).toPass()
  await dup.screenshot('duplicates-customer-list-zh')
  await dup.open()
  await expect(dup.groups).toHaveCount(2)
  await expect(dup.group(`${keep}-${gone}`)).toContainText('手机相同')
  await expect(dup.group(`${li1}-${li2}`)).toContainText('姓名和出生日期相同')
  await dup.screenshot('duplicates-list-zh')

  await dup.group(`${li1}-${li2}`).getByTestId('duplicate-dismiss').click()
  await expect(dup.groups).toHaveCount(1)

  await dup.openMerge(`${keep}-${gone}`)
  // only the fields that differ are offered; the empty email and birthday default to the filled side
  await expect(dup.dialog.getByTestId('merge-field-mobile')).toHaveCount(0)
  await expect(dup.page.getByTestId(`merge-pick-email-${gone}`)).toBeChecked()
  await expect(dup.page.getByTestId(`merge-pick-birth-${gone}`)).toBeChecked()
  await expect(dup.page.getByTestId(`merge-pick-name-${keep}`)).toBeChecked()
  await dup.page.getByTestId(`merge-pick-name-${gone}`).check()
  await dup.screenshot('duplicates-merge-zh')

  await dup.dialog.getByRole('button', { name: '取消' }).click()
  await expect(dup.dialog).toBeHidden()

  const auth = new AuthPage(app)
  await auth.switchLanguage('English')
  await expect(dup.group(`${keep}-${gone}`)).toContainText('Same mobile')
  await dup.screenshot('duplicates-list-en')
  await dup.openMerge(`${keep}-${gone}`)
  await dup.page.getByTestId(`merge-pick-name-${gone}`).check()
  await expect(dup.dialog).toContainText('Where the files differ')
  await dup.screenshot('duplicates-merge-en')
  await dup.page.getByTestId('merge-confirm').click()

  const profile = new ProfilePage(app)
  await expect(profile.name).toHaveText('王建國')
  await expect(app).toHaveURL(new RegExp(`#/customers/${keep}`))
  await profile.tab('communications')
  await expect(app.getByTestId('comm-row')).toHaveCount(2)
  await expect(app.getByTestId('profile-comm-list')).toContainText('电话预订：问日本签证材料')
  await expect(app.getByTestId('profile-comm-list')).toContainText('来店咨询云南六日游')

  // an old link to the merged file
  await app.goto(`${host.url}#/customers/${gone}`)
  await expect(app.getByTestId('profile-merged')).toContainText('王建國')
  await dup.screenshot('duplicates-merged-into-en')
  await app.getByTestId('nav-customers').click()
  await expect(app.getByTestId('customer-duplicates')).toHaveAttribute('data-count', '0')
  await dup.screenshot('duplicates-customer-list-en')
  await dup.open()
  await expect(app.getByTestId('duplicates-empty')).toBeVisible()
  await auth.switchLanguage('简体中文')
  await app.goto(`${host.url}#/customers/${gone}`)
  await expect(app.getByTestId('profile-merged')).toContainText('此档案已合并')
  await dup.screenshot('duplicates-merged-into-zh')
})

/*
 * An older customer known by her lunar birthday (农历生日) was filed twice. The pair is proposed for the
 * same name and birth date as a solar pair is; the same day of the leap month (闰三月 of 1955) is not.
 */
test('proposes two files with the same name and lunar birth date', async ({ app, api }) => {
  const lunar = (leap: boolean) => ({ calendar: 'lunar', year: 1955, month: 3, day: 17, leap })
  const a = (await api('customers.create', { name: '张桂兰', birth: lunar(false) })).id
  const b = (await api('customers.create', { name: '张桂兰', birth: lunar(false), mobile: '13900003333' })).id
  await api('customers.create', { name: '张桂兰', birth: lunar(true) })

  const dup = new DuplicatesPage(app)
  await expect(async () => {
    await app.getByTestId('nav-customers').click()
    await expect(app.getByTestId('customer-duplicates')).toHaveAttribute('data-count', '1', { timeout: 2000 })
  }).toPass()
  await dup.open()
  await expect(dup.groups).toHaveCount(1)
  await expect(dup.group(`${a}-${b}`)).toContainText('姓名和出生日期相同')
  await expect(dup.group(`${a}-${b}`)).toContainText('1955年 农历三月十七')
  await expect(dup.group(`${a}-${b}`)).not.toContainText('闰')
  await dup.screenshot('duplicates-lunar-zh')

  await new AuthPage(app).switchLanguage('English')
  await expect(dup.group(`${a}-${b}`)).toContainText('Same name and birth date')
  await expect(app.getByTestId('duplicates-count')).toHaveText('1 group')
  await dup.screenshot('duplicates-lunar-en')
})
