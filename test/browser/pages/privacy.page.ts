import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'
import { shot } from '../fixtures'
import { ResourcesPage } from './resources.page'

/** Page model for the personal-information duties: the person's copy and Settings → 个人信息. */
export class PrivacyPage {
  constructor(readonly page: Page) {}

  async openCopy(baseUrl: string, customerId: number) {
    await this.page.goto(`${baseUrl}#/customers/${customerId}`)
    await this.page.getByTestId('profile-person-copy').click()
    await this.page.getByTestId('person-copy-print').click()
    await expect(this.page.getByTestId('print-person-copy')).toBeVisible()
  }

  printToPdf(name: string) {
    return new ResourcesPage(this.page).printToPdf(name, { images: true })
  }

  async openSettings(baseUrl: string) {
    await this.page.goto(`${baseUrl}#/settings?tab=privacy`)
    await expect(this.page.getByTestId('privacy-due')).toBeVisible()
  }

  get dueRows() {
    return this.page.getByTestId('privacy-due-row')
  }

  get restrictedRows() {
    return this.page.getByTestId('privacy-restricted-row')
  }

  get recordRows() {
    return this.page.getByTestId('privacy-record-row')
  }

  /** Approves the first item of the review list and waits until it has left the list. */
  async approveFirst() {
    const before = await this.dueRows.count()
    await this.dueRows.first().getByTestId('privacy-approve').click()
    await this.page.getByTestId('privacy-approve-confirm').click()
    await expect(this.dueRows).toHaveCount(before - 1)
  }

  screenshot(name: string) {
    return shot(this.page, name)
  }
}
