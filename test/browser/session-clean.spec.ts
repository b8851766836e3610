import { test, expect, shot, ADMIN, otherDesk } from './fixtures'
import type { TestHost } from '../host/host'
import { AuthPage } from './pages/auth.page'
import { CustomersPage } from './pages/customers.page'

const CLERK_A = { name: '赵敏', login: 'zhaomin', password: 'clerk-a-2026' }
const CLERK_B = { name: '周芷若', login: 'zhouzhiruo', password: 'clerk-b-2026' }

/** The agency, two front-desk clerks, three customers and two trips, seeded through main. */
async function seed(host: TestHost): Promise<{ liMing: number }> {
  const setup = await host.app.dispatch(
    'auth.setup',
    { agencyName: ADMIN.agency, adminName: ADMIN.name, login: ADMIN.login, password: ADMIN.password },
    host.app.newSession(),
  )
  if (!setup.ok) throw new Error(JSON.stringify(setup.error))
  const call = await otherDesk(host)
  for (const c of [CLERK_A, CLERK_B]) await call('staff.create', { ...c, role: 'frontdesk' })
  const { id: liMing } = await call('customers.create', { name: '李明', mobile: '13812345678' })
  await call('customers.create', { name: '张三丰', mobile: '13912345678' })
  await call('customers.create', { name: '王建国', mobile: '13712345678' })
  await call('trips.create', {
    routeName: '云南六日游',
    destination: '昆明 大理',
    kind: 'domestic',
    departDate: '2026-12-03',
    returnDate: '2026-12-08',
  })
  await call('trips.create', {
    routeName: '日本本州七日',
    destination: '东京 大阪',
    kind: 'outbound',
    departDate: '2027-01-10',
    returnDate: '2027-01-16',
  })
  return { liMing }
}

// a test about signing in and out: the page starts on a fresh install and clerks use the form
test.use({ account: null })

test('the next clerk starts clean: no search, filter or open record left by the one who signed out', async ({
  app,
  host,
}) => {
  // two clerks sign in and out: three times a one-screen test's work
  test.slow()
  const { liMing } = await seed(host)
  await app.reload({ timeout: 60_000 })
  const auth = new AuthPage(app)
  const customers = new CustomersPage(app)

  // Clerk A searches customers and trips, narrows the trips by date, and leaves a profile open.
  await auth.signIn(CLERK_A.login, CLERK_A.password)
  await expect(app.getByTestId('signed-in-as')).toContainText(CLERK_A.name)
  await app.getByTestId('nav-customers').click()
  await customers.search.fill('李明')
  await expect(app.getByTestId('customer-count')).toHaveText('共 1 位客户')
  await app.getByTestId('nav-trips').click()
  await app.getByTestId('trip-search').fill('日本')
  await app.getByTestId('trip-filter-from').fill('2027-01-01')
  await expect(app.getByTestId('trip-count')).toHaveText('共 1 个团')
  await app.getByTestId('nav-customers').click()
  await expect(customers.search).toHaveValue('李明')
  await customers.rows.first().click()
  await expect(app).toHaveURL(new RegExp(`#/customers/${liMing}$`))
  await auth.signOut()

  // Clerk B lands on the start page, not on A's open file; then finds the full customer list
  // with an empty box, and an unfiltered trip list.
  await auth.signIn(CLERK_B.login, CLERK_B.password)
  await expect(app.getByTestId('signed-in-as')).toContainText(CLERK_B.name)
  await expect(app).toHaveURL(/#\/home$/)
  await app.getByTestId('nav-customers').click()
  await expect(customers.search).toHaveValue('')
  await expect(app.getByTestId('customer-count')).toHaveText('共 3 位客户')
  await expect(customers.rows).toHaveCount(3)
  await shot(app, 'session-clean-customers-zh')
  await app.getByTestId('nav-trips').click()
  await expect(app.getByTestId('trip-search')).toHaveValue('')
  await expect(app.getByTestId('trip-filter-from')).toHaveValue('')
  await expect(app.getByTestId('trip-count')).toHaveText('共 2 个团')

  // Within one clerk's session the list still remembers: back to customers keeps B's own search.
  await app.getByTestId('nav-customers').click()
  await customers.search.fill('王建国')
  await expect(app.getByTestId('customer-count')).toHaveText('共 1 位客户')
  await app.getByTestId('nav-trips').click()
  await app.getByTestId('nav-customers').click()
  await expect(customers.search).toHaveValue('王建国')
  await auth.signOut()

  // And the same in English, for clerk A this time.
  await auth.switchLanguage('English')
  await auth.signIn(CLERK_A.login, CLERK_A.password)
  await app.getByTestId('nav-customers').click()
  await expect(customers.search).toHaveValue('')
  await expect(app.getByTestId('customer-count')).toHaveText(/\b3\b/)
  await expect(customers.rows).toHaveCount(3)
  await shot(app, 'session-clean-customers-en')
})
