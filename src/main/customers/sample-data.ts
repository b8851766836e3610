import { customerCreateSchema } from '../../shared/customers/customer.schema'
import { dayIn } from '../../shared/common/dates'
import type { Ctx } from '../core/context'
import { nowIso } from '../core/context'
import { AppError } from '../../shared/api/envelope'
import { onUniqueClash } from '../db/errors'
import { insertCustomer } from './customers.repo'
import { rng, syntheticCustomer } from './synthetic'
import type { RawCustomer } from './synthetic'
import type { Session } from '../api/session'
import { actor } from '../core/context'
import { loadSampleAgency } from '../sample/sample-agency'

const FAMILIES = 12
const SINGLES = 36

/**
 * A small realistic agency: families (spouses, a child, an elderly parent with a lunar birthday),
 * single travellers, valid identity numbers, a few communications; then its guides, suppliers,
 * route templates and a trip in every status (sample-agency.ts). One transaction: all or nothing.
 * Every date is counted from the injected clock.
 */
export async function loadSampleData(
  ctx: Ctx,
  session: Session,
): Promise<{ created: number; trips: number }> {
  const staffId = actor(session).id
  const today = dayIn(ctx.clock())
  const year = Number(today.slice(0, 4))
  const r = rng(20261125)
  const at = nowIso(ctx)
  return ctx.db.transaction().execute(async (trx) => {
    const notEmpty = () => new AppError('CONFLICT', 'errors.sampleNotEmpty')
    // Checked inside the write's transaction: a double click must not see two empty lists. A
    // second desk on a server database waits on this key until the first commits, then sees its
    // customers; the key is released below so an emptied database can load the sample again.
    await onUniqueClash(
      () => trx.insertInto('settings').values({ key: 'sample_loading', value: at }).execute(),
      notEmpty,
    )
    // an office that has started its own work keeps it untouched
    for (const table of ['customers', 'trips', 'guides', 'suppliers'] as const)
      if (await trx.selectFrom(table).select('id').limit(1).executeTakeFirst()) throw notEmpty()
    const families: number[][] = []
    const singles: number[] = []
    let created = 0
    const add = async (raw: RawCustomer) => {
      created++
      return insertCustomer(trx, customerCreateSchema.parse(raw), staffId, at)
    }
    const link = (a: number, b: number, kind: string) =>
      trx
        .insertInto('customer_relations')
        .values({ a_id: a, b_id: b, kind, created_at: at, created_by: staffId })
        .execute()

    for (let f = 0; f < FAMILIES; f++) {
      const base = syntheticCustomer(r, {
        today,
        withDocuments: true,
        male: true,
        birthYear: year - 35 - Math.floor(r() * 15),
      })
      const surname = base.name.length > 3 ? base.name.slice(0, 2) : base.name.slice(0, 1)
      const husband = await add({ ...base, tier: f % 3 === 0 ? 'gold' : 'member', marketingConsent: true })
      const wife = await add(
        syntheticCustomer(r, {
          today,
          withDocuments: true,
          male: false,
          birthYear: year - 33 - Math.floor(r() * 12),
        }),
      )
      const child = await add({
        ...syntheticCustomer(r, {
          today,
          withDocuments: true,
          surname,
          birthYear: year - 6 - Math.floor(r() * 9),
        }),
        emergencyContacts: [{ name: base.name, relation: '父亲', phone: String(base.mobile) }],
      })
      await link(husband, wife, 'spouse')
      await link(husband, child, 'child')
      await link(wife, child, 'child')
      if (f % 2 === 0) {
        const grand = await add(
          syntheticCustomer(r, {
            today,
            withDocuments: true,
            surname,
            male: r() < 0.5,
            birthYear: year - 72 - Math.floor(r() * 10),
          }),
        )
        await link(husband, grand, 'parent')
        families.push([husband, wife, child, grand])
      } else families.push([husband, wife, child])
    }
    for (let i = 0; i < SINGLES; i++)
      singles.push(await add(syntheticCustomer(r, { today, withDocuments: i % 3 !== 2 })))

    const ids = (await trx.selectFrom('customers').select('id').orderBy('id').limit(10).execute()).map(
      (c) => c.id,
    )
    for (const [i, id] of ids.entries()) {
      await trx
        .insertInto('communications')
        .values({
          customer_id: id,
          at: new Date(ctx.clock().getTime() - (i + 1) * 86400000 * 3).toISOString(),
          channel: i % 2 ? 'wechat' : 'phone',
          direction: i % 3 ? 'outbound' : 'inbound',
          staff_id: staffId,
          summary:
            i % 2
              ? '咨询明年春节云南六日游，需要两间双床房。'
              : '回团次日回访：对行程满意，建议酒店早餐更丰富。',
          created_at: at,
        })
        .execute()
    }
    const { trips } = await loadSampleAgency(ctx, trx, session, today, { families, singles })
    await trx.deleteFrom('settings').where('key', '=', 'sample_loading').execute()
    return { created, trips }
  })
}
