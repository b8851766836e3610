import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'
import { shot } from '../fixtures'

export interface NewStaff {
  name: string
  login: string
  role: 'admin' | 'manager' | 'frontdesk'
  password: string
}

/** Page model for the staff, audit and settings screens. */
export class AdminPage {
  constructor(readonly page: Page) {}

  async open(screen: 'staff' | 'audit' | 'settings' | 'customers') {
    await this.page.getByTestId(`nav-${screen}`).click()
  }

  /**
   * A settled full-page screenshot: menus closed, scrolled to the top; notices are shown whole
   * because shot() finishes their entering transition.
   */
  async screenshot(name: string) {
    await expect(this.page.getByRole('listbox')).toHaveCount(0)
    await this.page.evaluate(() => {
      ;(document.activeElement as HTMLElement | null)?.blur()
      window.scrollTo(0, 0)
    })
    await shot(this.page, name)
  }

  /** A MUI select: click the visible box next to the hidden input, then the option. */
  async choose(testId: string, option: string | RegExp) {
    await this.page.getByTestId(testId).locator('..').click()
    await this.page.getByRole('option', { name: option, exact: typeof option === 'string' }).click()
  }

  // ---- staff ----

  row(login: string) {
    return this.page.getByTestId(`staff-row-${login}`)
  }

  status(login: string) {
    return this.page.getByTestId(`staff-status-${login}`)
  }

  get notice() {
    return this.page.getByTestId('staff-notice')
  }

  /** Opens the add dialog and fills it; does not submit. */
  async fillNewStaff(s: NewStaff, roleLabel: string) {
    await this.page.getByTestId('staff-add').click()
    await this.page.getByTestId('staff-form-name').fill(s.name)
    await this.page.getByTestId('staff-form-login').fill(s.login)
    await this.choose('staff-form-role', roleLabel)
    await this.page.getByTestId('staff-form-password').fill(s.password)
  }

  async addStaff(s: NewStaff, roleLabel: string) {
    await this.fillNewStaff(s, roleLabel)
    await this.page.getByTestId('staff-form-submit').click()
    await expect(this.page.getByTestId('staff-form')).toBeHidden()
    await expect(this.row(s.login)).toBeVisible()
  }

  async resetPassword(login: string, password: string) {
    await this.page.getByTestId(`staff-reset-${login}`).click()
    await this.page.getByTestId('staff-reset-password').fill(password)
    await this.page.getByTestId('staff-reset-submit').click()
    await expect(this.page.getByTestId('staff-reset-submit')).toBeHidden()
  }

  /** Deactivate or reactivate, confirming in the dialog. */
  async toggleActive(login: string) {
    await this.page.getByTestId(`staff-toggle-${login}`).click()
    await this.page.getByTestId('staff-confirm-submit').click()
    await expect(this.page.getByTestId('staff-confirm-submit')).toBeHidden()
  }

  // ---- audit ----

  get auditRows() {
    return this.page.getByTestId('audit-row')
  }

  // ---- settings ----

  /** The settings screen has its own language switch (the title bar's is a second one). */
  async switchLanguageInSettings(label: 'English' | '简体中文') {
    await this.page.getByTestId('settings-language').getByTestId('language-switch').locator('..').click()
    await this.page.getByRole('option', { name: label }).click()
  }

  async saveAgency(name: string, phone?: string, address?: string) {
    await this.page.getByTestId('settings-agency-name').fill(name)
    if (phone !== undefined) await this.page.getByTestId('settings-agency-phone').fill(phone)
    if (address !== undefined) await this.page.getByTestId('settings-agency-address').fill(address)
    await this.page.getByTestId('settings-agency-save').click()
  }

  async changePassword(current: string, next: string, confirm = next) {
    await this.page.getByTestId('password-current').fill(current)
    await this.page.getByTestId('password-next').fill(next)
    await this.page.getByTestId('password-confirm').fill(confirm)
    await this.page.getByTestId('password-submit').click()
  }
}
