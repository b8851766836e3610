import { afterEach, beforeEach, expect, it } from 'vitest'
import type { Harness } from './harness'
import { createCustomer } from './fixtures'
import { count } from './trips-fixtures'
import { complaintHarness, createComplaint, getComplaint } from './complaint-fixtures'
import type { ComplaintWorld } from './complaint-fixtures'

/*
 * A complainant with a customer file is a link to the file, never a copy: deleting the file leaves
 * the case (the agency's record) with no trace of the person. Money that departs from the standard
 * keeps the reason it was changed.
 */
let h: Harness
let w: ComplaintWorld
beforeEach(async () => {
  ;({ h, w } = await complaintHarness({ name: '王建国' }))
})
afterEach(async () => {
  await h.close()
})

it('deleting a complainant’s customer file keeps the case and drops the person', async () => {
  const other = await createCustomer(h, { name: '欧阳娜娜', mobile: '13700009999', address: '上海' })
  const { id } = await createComplaint(h, w, { complainants: [{ customerId: other }] })
  expect((await getComplaint(h, id)).complainants[0]).toMatchObject({
    name: '欧阳娜娜',
    phone: '13700009999',
  })
  await h.must('customers.remove', { id: other })
  const c = await getComplaint(h, id)
  expect(c.complainants).toEqual([
    {
      id: expect.any(Number),
      customerId: null,
      name: null,
      gender: 'unknown',
      nationality: null,
      address: null,
      postcode: null,
      phone: null,
    },
  ])
  expect(await count(h, 'complaint_complainants', "name = '欧阳娜娜' OR phone = '13700009999'")).toBe(0)
  expect(await count(h, 'complaints')).toBe(1)
})

it('records an amount that departs from the standard with its reason, and the proposal beside it', async () => {
  const { id } = await createComplaint(h, w)
  const facts = { scope: 'outbound', tourPrice: 10000, cancelNoticeDays: 10 }
  await h.must('complaints.addRemedy', {
    complaintId: id,
    kind: 'compensation',
    facts,
    amount: 400,
    overrideReason: '客户同意改签下一团，协商减半',
  })
  const [r] = (await getComplaint(h, id)).remedies
  expect(r).toMatchObject({
    amount: 400,
    proposed: 500, // 14–7 days before an outbound departure: 5%
    overrideReason: '客户同意改签下一团，协商减半',
    approval: 'not_required',
    lines: [{ clauseId: 'cancel_outbound', article: '第四条（二）', pct: 5, amountFen: 50_000 }],
  })
  // facts that meet no clause propose nothing, so an amount must be given with its reason
  const none = await h.call('complaints.addRemedy', {
    complaintId: id,
    kind: 'compensation',
    facts: { scope: 'domestic', tourPrice: 2000, cancelNoticeDays: 8 },
  })
  expect(none).toMatchObject({ ok: false, error: { fields: { facts: { key: 'errors.noClauseMet' } } } })
})
