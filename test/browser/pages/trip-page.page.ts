import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'
import { shot } from '../fixtures'

export type TripTab =
  'overview' | 'itinerary' | 'participants' | 'money' | 'assignments' | 'checks' | 'history'

/** Page model for the trip page's sections: itinerary, participants, guides & suppliers, checks. */
export class TripPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string, id: number, tab: TripTab = 'overview') {
    await this.page.goto(`${baseUrl}#/trips/${id}${tab === 'overview' ? '' : `?tab=${tab}`}`)
    await expect(this.page.getByTestId('trip-page')).toBeVisible()
  }

  async tab(key: TripTab) {
    await this.page.getByTestId(`trip-tab-${key}`).click()
    await expect(this.page.getByTestId(`trip-tab-${key}`)).toHaveAttribute('aria-selected', 'true')
  }

  /** MUI select whose hidden input carries the test id: open it and pick the option by its label. */
  async choose(testId: string, label: string | RegExp) {
    await this.page.getByTestId(testId).locator('..').click()
    await this.page.getByRole('option', { name: label, exact: typeof label === 'string' }).click()
    await expect(this.page.getByRole('listbox')).toBeHidden()
  }

  /**
   * Screenshot of the section without the passing "已保存" notices: a clerk closes them or they
   * hide by themselves after a few seconds; closing them is what keeps this quick. Transitions are
   * finished by `shot()`.
   */
  async screenshot(name: string, opts: { fullPage?: boolean } = {}) {
    // in one step in the page: a notice may hide itself between finding and clicking its button
    await this.page.evaluate(() =>
      document
        .querySelectorAll<HTMLButtonElement>('.MuiSnackbar-root .MuiAlert-action button')
        .forEach((b) => b.click()),
    )
    await expect(this.page.locator('.MuiSnackbar-root')).toHaveCount(0)
    await expect(this.page.getByRole('menu')).toHaveCount(0)
    await this.page.mouse.move(0, 0)
    await this.page.evaluate(() => {
      ;(document.activeElement as HTMLElement | null)?.blur()
      window.scrollTo(0, 0)
    })
    await shot(this.page, name, opts)
  }

  // ---- itinerary ----

  item(id: number) {
    return this.page.getByTestId(`item-${id}`)
  }

  /** Item ids of one day, in the order shown. */
  async dayItemIds(dayNo: number): Promise<number[]> {
    return this.page
      .getByTestId(`day-${dayNo}`)
      .locator('[role="listitem"]')
      .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-testid')!.slice('item-'.length))))
  }

  async openAddItem(dayNo: number) {
    await this.page.getByTestId(`day-add-${dayNo}`).click()
    await expect(this.page.getByTestId('item-dialog')).toBeVisible()
  }

  async saveItem() {
    await this.page.getByTestId('item-save').click()
  }

  // ---- participants ----

  participantRow(id: number) {
    return this.page.getByTestId(`participant-row-${id}`)
  }

  /** Search a customer, pick them; when they have companions the dialog opens (returned). */
  async pickCustomer(search: string, customerId: number) {
    await this.page.getByTestId('participant-search').fill(search)
    await this.page.getByTestId(`participant-option-${customerId}`).click()
  }

  async openParticipant(id: number) {
    await this.page.getByTestId(`participant-edit-${id}`).click()
    await expect(this.page.getByTestId('participant-dialog')).toBeVisible()
  }

  async saveParticipant() {
    await this.page.getByTestId('participant-save').click()
    await expect(this.page.getByTestId('participant-dialog')).toBeHidden()
  }

  // ---- guides and suppliers ----

  async assignGuide(roleLabel: string, search: string, guideId: number) {
    await this.choose('guide-role', roleLabel)
    await this.page.getByTestId('guide-search').fill(search)
    await this.page.getByTestId(`guide-option-${guideId}`).click()
    await this.page.getByTestId('guide-assign').click()
  }

  async addBooking(supplier: string, dayLabel: RegExp | null, confirmationNo: string, confirmed: boolean) {
    await this.page.getByTestId('booking-add').click()
    await this.page.getByTestId('booking-supplier').fill(supplier)
    await this.page.getByRole('option', { name: supplier }).click()
    if (dayLabel) await this.choose('booking-day', dayLabel)
    if (confirmed) await this.page.getByTestId('booking-status-confirmed').click()
    await this.page.getByTestId('booking-confirmation').fill(confirmationNo)
    await this.page.getByTestId('booking-save').click()
    await expect(this.page.getByTestId('booking-dialog')).toBeHidden()
  }
}
