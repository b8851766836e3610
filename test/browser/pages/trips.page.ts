import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'
import { shot } from '../fixtures'

/** Calls window.api in the page (as the signed-in staff) and returns the value or throws. */
export async function call<T>(page: Page, ns: string, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([ns, method, input]) => {
      const api = window.api as unknown as Record<string, Record<string, (i: unknown) => Promise<any>>>
      const r = await api[ns][method](input)
      if (!r.ok) throw new Error(`${ns}.${method}: ${JSON.stringify(r.error)}`)
      return r.value
    },
    [ns, method, input] as const,
  )
}

export interface TripSeed {
  routeName: string
  destination: string
  kind?: 'domestic' | 'outbound' | 'hmt'
  departDate: string
  returnDate: string
  code?: string
  minSize?: number
  capacity?: number
  prices?: Record<string, number | null>
  meetingPoint?: string
  meetingTime?: string
  notes?: string
}

/** Page model for the trip list, calendar, form and trip page. */
export class TripsPage {
  constructor(readonly page: Page) {}

  async createTrip(t: TripSeed): Promise<number> {
    const r = await call<{ id: number }>(this.page, 'trips', 'create', { kind: 'domestic', ...t })
    return r.id
  }

  async getTrip(id: number) {
    return call<any>(this.page, 'trips', 'get', { id })
  }

  /** Walk the pipeline through the API (each step is a real, audited change). */
  async moveStatus(id: number, ...steps: string[]) {
    for (const status of steps) {
      const { version } = await this.getTrip(id)
      await call(this.page, 'trips', 'setStatus', { id, version, status })
    }
  }

  async openList() {
    await this.page.getByTestId('nav-trips').click()
    await expect(this.page.getByTestId('trip-search')).toBeVisible()
  }

  async openTrip(baseUrl: string, id: number, tab?: string) {
    await this.page.goto(`${baseUrl}#/trips/${id}${tab ? `?tab=${tab}` : ''}`)
    await expect(this.page.getByTestId('trip-code')).toBeVisible()
  }

  get rows() {
    return this.page.getByTestId('trip-row')
  }

  row(code: string) {
    return this.rows.filter({ has: this.page.getByTestId('trip-row-code').getByText(code, { exact: true }) })
  }

  /** A MUI select whose hidden input carries the test id: open it and pick the option. */
  async choose(testId: string, option: string | RegExp) {
    await this.page.getByTestId(testId).locator('..').click()
    await this.page.getByRole('option', { name: option, exact: typeof option === 'string' }).click()
    await expect(this.page.getByRole('listbox')).toBeHidden()
  }

  field(name: string) {
    return this.page.getByTestId(`trip-field-${name}`)
  }

  /** Screenshot once menus are closed; shot() finishes transitions (dialogs, tabs, ripples). */
  async snap(name: string) {
    await expect(this.page.getByRole('listbox')).toHaveCount(0)
    await this.page.mouse.move(0, 0)
    await this.page.evaluate(() => {
      ;(document.activeElement as HTMLElement | null)?.blur()
      window.scrollTo(0, 0)
    })
    await shot(this.page, name)
  }
}
