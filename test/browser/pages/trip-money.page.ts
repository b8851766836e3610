import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'

/** Page model for the trip's 收款 tab and the status guardrails. */
export class TripMoneyPage {
  constructor(readonly page: Page) {}

  row(name: string) {
    return this.page.locator(`[data-testid="money-row"][data-name="${name}"]`)
  }

  async receive(name: string, yuan: string, receiptNo: string) {
    await this.row(name).getByTestId('money-pay').click()
    const dialog = this.page.getByTestId('payment-dialog')
    await expect(dialog).toBeVisible()
    await this.page.getByTestId('payment-amount').fill(yuan)
    await this.page.getByTestId('payment-receipt').fill(receiptNo)
    await this.page.getByTestId('payment-save').click()
    await expect(dialog).toBeHidden()
  }

  async openCharges(name: string) {
    await this.row(name).getByTestId('money-edit').click()
    await expect(this.page.getByTestId('charges-dialog')).toBeVisible()
  }

  async moveStatus(to: string) {
    await this.page.getByTestId('trip-status-menu').click()
    await this.page.getByTestId(`trip-status-to-${to}`).click()
    await expect(this.page.getByTestId('status-dialog')).toBeVisible()
  }
}
