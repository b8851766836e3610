import type { Page } from '@playwright/test'

/** Page model for the customer list. */
export class CustomersPage {
  constructor(readonly page: Page) {}

  get search() {
    return this.page.getByTestId('customer-search')
  }

  get rows() {
    return this.page.getByTestId('customer-row')
  }

  async visibleNames(): Promise<string[]> {
    return this.rows.getByTestId('customer-name').allInnerTexts()
  }
}
