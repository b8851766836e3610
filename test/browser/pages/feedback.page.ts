import type { Page } from '@playwright/test'
import { expect } from '../fixtures'
import type { Api } from '../fixtures'
import { inDays } from '../fixed-clock'

/** The trip page's 意见单 tab and its keying dialog. */
export class FeedbackPage {
  constructor(readonly page: Page) {}

  async open(host: { url: string }, tripId: number) {
    await this.page.goto(`${host.url}#/trips/${tripId}?tab=feedback`)
    await expect(this.page.getByTestId('feedback-tab')).toBeVisible()
  }

  /** Types (or "scans": a USB scanner types the same keys) a sheet code and Enter: the dialog opens. */
  async openSheet(code: string) {
    const box = this.page.getByTestId('feedback-code')
    await box.fill('')
    await box.pressSequentially(code)
    await box.press('Enter')
    await expect(this.page.getByTestId('entry-code')).toContainText(code)
  }

  /** Presses keys one at a time, as a clerk keys a sheet. */
  async keys(sequence: string[]) {
    for (const k of sequence) await this.page.keyboard.press(k)
  }
}

/**
 * A returned domestic trip of `size` travellers (客人01…), with a local guide and a ground operator;
 * created by the signed-in administrator, who owns its follow-ups.
 */
export async function seedReturnedTrip(call: Api, size: number) {
  const guide = await call('guides.create', {
    name: '吴晓峰',
    licenceNo: 'D-3205-2021-01234',
    roles: ['local_guide'],
  })
  const operator = await call('suppliers.create', {
    kind: 'ground_operator',
    name: '黄山假日地接社',
    licenceNo: 'L-AH-00321',
  })
  const customers: number[] = []
  for (let i = 1; i <= size; i++)
    customers.push(
      (await call('customers.create', { name: `客人${String(i).padStart(2, '0')}`, gender: 'unknown' })).id,
    )
  const trip = await call('trips.create', {
    routeName: '黄山 3 日游',
    destination: '黄山',
    kind: 'domestic',
    departDate: inDays(-5),
    returnDate: inDays(-3),
  })
  await call('trips.addParticipants', { tripId: trip.id, customerIds: customers })
  await call('trips.assignGuide', { tripId: trip.id, guideId: guide.id, role: 'local_guide' })
  await call('trips.addBooking', { tripId: trip.id, supplierId: operator.id, dayNo: 1 })
  for (const status of ['confirmed', 'departed', 'returned']) {
    const t = await call<{ version: number }>('trips.get', { id: trip.id })
    // a trip entered after it ran: its travellers' documents are not on file (the guardrail's reason)
    const confirmAnyway = status === 'confirmed' ? '资料后补' : undefined
    await call('trips.setStatus', { id: trip.id, version: t.version, status, confirmAnyway })
  }
  const code = (await call<{ code: string }>('trips.get', { id: trip.id })).code
  return { trip: trip.id, code, guide: guide.id, operator: operator.id }
}
