import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'
import { ADMIN } from '../fixtures'

/** Page model for first-run setup and sign-in. */
export class AuthPage {
  constructor(readonly page: Page) {}

  async setup(a = ADMIN) {
    await this.page.getByTestId('setup-agency').fill(a.agency)
    await this.page.getByTestId('setup-name').fill(a.name)
    await this.page.getByTestId('setup-login').fill(a.login)
    await this.page.getByTestId('setup-password').fill(a.password)
    await this.page.getByTestId('setup-submit').click()
    await expect(this.page.getByTestId('signed-in-as')).toContainText(a.name)
  }

  async signIn(login: string, password: string) {
    await this.page.getByTestId('signin-login').fill(login)
    await this.page.getByTestId('signin-password').fill(password)
    await this.page.getByTestId('signin-submit').click()
  }

  async signOut() {
    await this.page.getByTestId('sign-out').click()
    await expect(this.page.getByTestId('signin-submit')).toBeVisible()
  }

  async switchLanguage(label: 'English' | '简体中文') {
    // the app bar's switch when signed in (Settings has a second one); the card's switch otherwise
    await this.page.getByTestId('language-switch').first().locator('..').click()
    await this.page.getByRole('option', { name: label }).click()
  }
}
