import type { TestHost } from '../host/host'
import { fail } from '../../src/shared/api/envelope'
import { expect, shot, test } from './fixtures'
import { AuthPage } from './pages/auth.page'
import { customerCreateSchema } from '../../src/shared/customers/customer.schema'
import { insertCustomer } from '../../src/main/customers/customers.repo'

/*
 * A lost office server, as the desk sees it. The test host runs on SQLite, so the loss is made at
 * the host: every call answers UNAVAILABLE (what main answers when PostgreSQL is out of reach, see
 * test/pg/office-feed.test.ts) and main's connection-state events are sent as main sends them.
 */
function serverSwitch(host: TestHost) {
  const real = host.app.dispatch.bind(host.app)
  let down = false
  host.app.dispatch = (channel, input, session) =>
    down ? Promise.resolve(fail('UNAVAILABLE', 'errors.serverUnavailable')) : real(channel, input, session)
  return {
    lose() {
      down = true
      host.app.events.broadcast('connection.state', { online: false })
    },
    restore() {
      down = false
      host.app.events.broadcast('connection.state', { online: true })
      host.app.events.broadcast('data.resync', {})
    },
  }
}

test('a lost server: a clear banner in both languages, the form keeps what was typed, one save once it is back', async ({
  app,
  host,
}) => {
  const server = serverSwitch(host)
  await app.getByTestId('nav-customers').click()
  await app.getByTestId('customer-new').click()
  await app.getByTestId('customer-field-name').fill('单田芳')
  await app.getByTestId('customer-field-mobile').fill('138 1234 5678')

  server.lose()
  await expect(app.getByTestId('connection-banner')).toContainText('与办公室服务器的连接已中断')
  await app.getByTestId('customer-save').click()
  await expect(app.getByTestId('form-error')).toContainText('本次未保存')
  await expect(app.getByTestId('customer-field-name')).toHaveValue('单田芳')
  await expect(app.getByTestId('customer-field-mobile')).toHaveValue('138 1234 5678')
  await shot(app, 'office-server-lost-zh', { fullPage: false })

  // the language is saved in main too: switched while the server is there
  server.restore()
  await expect(app.getByTestId('connection-banner')).toBeHidden()
  await new AuthPage(app).switchLanguage('English')
  server.lose()
  await expect(app.getByTestId('connection-banner')).toContainText('The office server cannot be reached')
  await app.getByTestId('customer-save').click()
  await expect(app.getByTestId('form-error')).toContainText('nothing was saved')
  await expect(app.getByTestId('customer-field-name')).toHaveValue('单田芳')
  await shot(app, 'office-server-lost-en', { fullPage: false })

  server.restore()
  await expect(app.getByTestId('connection-banner')).toBeHidden()
  await app.getByTestId('customer-save').click()
  await expect(app).toHaveURL(/#\/customers\/\d+$/)
  const saved = await host.app.db.selectFrom('customers').select('name').execute()
  expect(saved).toEqual([{ name: '单田芳' }])
})

test('a list on screen re-queries when the desk is back: what another desk saved meanwhile appears', async ({
  app,
  api,
  host,
}) => {
  const server = serverSwitch(host)
  await api('customers.create', { name: '张伟', gender: 'male' })
  await app.getByTestId('nav-customers').click()
  await expect(app.getByTestId('customer-row')).toHaveCount(1)
  server.lose()
  // saved "by another desk" while this one was cut off: straight into the database, so no
  // data.changed reaches this window; only the re-query after the reconnection can show it
  const input = customerCreateSchema.parse({ name: '李娜', gender: 'female' })
  await host.app.db
    .transaction()
    .execute((trx) => insertCustomer(trx, input, 1, host.clock.now.toISOString()))
  await expect(app.getByTestId('customer-row')).toHaveCount(1)
  server.restore()
  await expect(app.getByTestId('customer-row')).toHaveCount(2)
})
