import { test, expect, shot, ADMIN, reloadSignedIn } from './fixtures'
import { AuthPage } from './pages/auth.page'

test('sign out, a wrong password is refused with a clear message, the right one signs in', async ({
  app,
}) => {
  const auth = new AuthPage(app)
  await auth.signOut()
  // the last login is remembered: only the password is needed
  await expect(app.getByTestId('signin-login')).toHaveValue(ADMIN.login)
  await shot(app, 'signin-zh')

  await auth.signIn(ADMIN.login, 'not-the-password')
  await expect(app.getByTestId('signin-error')).toContainText('登录名或密码不正确')
  await expect(app.getByTestId('signin-error')).toContainText('还可尝试 4 次')
  await expect(app.getByTestId('signin-password')).toHaveValue('')
  await shot(app, 'signin-error-zh')

  await auth.switchLanguage('English')
  await auth.signIn(ADMIN.login, 'still-wrong')
  await expect(app.getByTestId('signin-error')).toContainText('Wrong login or password')
  await shot(app, 'signin-error-en')

  await auth.signIn(ADMIN.login, ADMIN.password)
  await expect(app.getByTestId('signed-in-as')).toContainText(`${ADMIN.name} (Administrator)`)
})

test('after five wrong passwords the account is locked for a while', async ({ app }) => {
  const auth = new AuthPage(app)
  await auth.signOut()
  for (let i = 0; i < 5; i++) {
    await auth.signIn(ADMIN.login, `wrong-${i}`)
    await expect(app.getByTestId('signin-error')).toBeVisible()
  }
  await auth.signIn(ADMIN.login, ADMIN.password)
  await expect(app.getByTestId('signin-error')).toContainText('账号已锁定')
  await expect(app.getByTestId('signed-in-as')).toHaveCount(0)
})

test('the language choice is remembered for the next window; a reload keeps the session', async ({
  app,
  host,
}) => {
  const auth = new AuthPage(app)
  await auth.switchLanguage('English')
  await expect(app.getByTestId('nav-customers')).toContainText('Customers')
  await reloadSignedIn(app)
  await expect(app.getByTestId('nav-customers')).toContainText('Customers')
  // a new window starts signed out, in the remembered language
  const second = await app.context().newPage()
  await second.goto(host.url)
  await expect(second.getByTestId('signin-submit')).toContainText('Sign in')
})
