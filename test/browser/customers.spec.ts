import { test, expect, otherDesk, shot, reloadSignedIn } from './fixtures'
import { AuthPage } from './pages/auth.page'
import { CustomersPage } from './pages/customers.page'

test.describe('first run', () => {
  // the one test that goes through the setup form; every other test starts signed in
  test.use({ account: null })

  test('a new agency sets up, loads sample data and finds people by any way of typing', async ({ app }) => {
    const auth = new AuthPage(app)
    const customers = new CustomersPage(app)
    await shot(app, 'setup-zh')
    await auth.setup()
    // signed in, the desk starts on 今日工作台; the customer list is one click away
    await app.getByTestId('nav-customers').click()
    await expect(app.getByTestId('customer-empty')).toBeVisible()
    await shot(app, 'customers-empty-zh')
    await app.getByTestId('load-sample').click()
    await expect(app.getByTestId('customer-row').first()).toBeVisible()
    await shot(app, 'customers-list-zh')
    const names = await customers.visibleNames()
    expect(names.length).toBeGreaterThan(20)

    // Typing anywhere on the list goes to the search box; full pinyin finds the person.
    const pinyin = (
      await customers.rows.first().locator('td:first-child .MuiTypography-caption').innerText()
    ).trim()
    const typed = pinyin.toLowerCase().replace(/\s+/g, '')
    await app.getByRole('heading', { name: '客户档案' }).click()
    await app.keyboard.type(typed)
    await expect(customers.search).toHaveValue(typed)
    await expect(customers.rows.first()).toContainText(pinyin)
    await shot(app, 'customers-search-zh')

    // A two-character Chinese substring finds the same people as the server says.
    await customers.search.fill(names[0].slice(-2))
    await expect(customers.rows.first()).toContainText(names[0].slice(-2))

    // the people found stay the same when the desk switches to English; only the labels change
    const found = await customers.visibleNames()
    await auth.switchLanguage('English')
    await expect(app.getByRole('heading', { name: 'Customers' })).toBeVisible()
    await expect(app.getByTestId('customer-count')).toHaveText(/^Customers: \d+$/)
    await expect(customers.rows.getByTestId('customer-name')).toHaveText(found)
    await shot(app, 'customers-list-en')
  })
})

test('create a customer with an ID card, fix a wrong check digit, find them by initials and open with Enter', async ({
  app,
}) => {
  const customers = new CustomersPage(app)
  await app.getByTestId('nav-customers').click()
  await app.getByTestId('customer-new').click()
  await app.getByTestId('customer-field-name').fill('单田芳')
  await app.getByTestId('pinyin-suggest').click()
  await expect(app.getByTestId('customer-field-pinyin')).toHaveValue('SHAN TIANFANG')
  await app.getByTestId('customer-field-mobile').fill('138 1234 5678')
  await app.getByTestId('doc-add').click()
  await app.getByTestId('doc-number-0').fill('110105194912310021')
  await shot(app, 'customer-form-zh')
  await app.getByTestId('customer-save').click()
  await expect(app.getByTestId('form-error')).toBeVisible()
  await expect(app.getByTestId('doc-row-0').getByText('身份证号校验位不正确，请核对')).toBeVisible()
  await shot(app, 'customer-form-error-zh')

  await app.getByTestId('doc-number-0').fill('11010519491231002X')
  await expect(app.getByTestId('id-fill-0')).toContainText('1949')
  await app.getByTestId('id-fill-apply-0').click()
  await expect(app.getByTestId('customer-field-birthdate')).toHaveValue('1949-12-31')
  await app.getByTestId('customer-save').click()
  await expect(app).toHaveURL(/#\/customers\/\d+$/)

  await app.getByTestId('nav-customers').click()
  await customers.search.fill('stf')
  await expect(customers.rows).toHaveCount(1)
  await customers.search.press('Enter')
  await expect(app).toHaveURL(/#\/customers\/\d+$/)
  await expect(app.getByText('单田芳').first()).toBeVisible()
})

test('edit a customer file: a stale edit from a second window is refused, the fresh one is saved', async ({
  app,
  host,
}) => {
  const other = await otherDesk(host)
  const { id } = await other('customers.create', { name: '曾国华', mobile: '13900001111' })

  await app.goto(`${host.url}#/customers/${id}/edit`)
  await expect(app.getByTestId('customer-field-name')).toHaveValue('曾国华')
  await app.getByTestId('customer-field-wechat').fill('zengguohua88')
  await shot(app, 'customer-edit-zh')

  // meanwhile another desk changes the same file
  const { version } = await other<{ version: number }>('customers.get', { id })
  await other('customers.update', { id, version, name: '曾国华', mobile: '13900002222' })

  await app.getByTestId('customer-save').click()
  await expect(app.getByTestId('form-error')).toContainText('该记录已被他人修改')

  await reloadSignedIn(app)
  // the typing was against the old version: the latest file comes back, and the clerk is told why
  await expect(app.getByTestId('draft-outdated')).toBeVisible()
  await expect(app.getByTestId('customer-field-mobile')).toHaveValue('13900002222')
  await app.getByTestId('customer-field-wechat').fill('zengguohua88')
  await app.getByTestId('customer-save').click()
  await expect(app).toHaveURL(new RegExp(`#/customers/${id}$`))
  await expect(app.getByText('zengguohua88')).toBeVisible()

  // the polyphonic surname 曾 is found by its surname reading
  await app.getByTestId('nav-customers').click()
  await app.getByTestId('customer-search').fill('zengguohua')
  await expect(app.getByTestId('customer-row')).toHaveCount(1)
})
