import { useTranslation } from 'react-i18next'
import type { ItineraryDay, ItineraryItem } from '../../../shared/trips/trip.types'
import { usePrintFormat } from './blocks'

/** What the "details" column says about an item: shop terms, the self-paid price, then the notes. */
function itemDetails(
  it: ItineraryItem,
  t: (k: string, o?: Record<string, unknown>) => string,
  money: (n: number) => string,
) {
  const parts: string[] = []
  if (it.kind === 'shopping') {
    // the shop's name shows in the place column when no other place is given
    const terms = { shop: it.shopName ?? '', goods: it.shopGoods ?? '', minutes: it.shopMinutes ?? '' }
    parts.push(t(it.place ? 'print.itinerary.shopDetail' : 'print.itinerary.shopTerms', terms))
  }
  if (it.kind === 'self_paid' && it.price != null) {
    parts.push(t('print.itinerary.selfPaidDetail', { price: money(it.price) }))
  }
  if (it.notes) parts.push(it.notes)
  return parts.join(t('print.sep'))
}

/** One itinerary day: D1, date and weekday, the day's title, then its items in order. */
export function DayBlock({ day }: { day: ItineraryDay }) {
  const { t } = useTranslation('resources')
  const pf = usePrintFormat()
  return (
    <div className="pf-block" data-testid="print-day">
      <div className="pf-day-head">
        <span className="pf-day-no">D{day.dayNo}</span>
        <span className="pf-strong">
          {pf.monthDay(day.date)} {pf.weekday(day.date)}
        </span>
        {day.title && <span className="pf-day-title">{day.title}</span>}
      </div>
      <table className="pf-table" style={{ tableLayout: 'fixed' }}>
        <colgroup>
          <col style={{ width: '13mm' }} />
          <col style={{ width: '17mm' }} />
          <col />
          <col style={{ width: '36mm' }} />
          <col style={{ width: '54mm' }} />
        </colgroup>
        <thead>
          <tr>
            <th>{t('print.itinerary.columns.time')}</th>
            <th>{t('print.itinerary.columns.kind')}</th>
            <th>{t('print.itinerary.columns.title')}</th>
            <th>{t('print.itinerary.columns.place')}</th>
            <th>{t('print.itinerary.columns.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {day.items.length === 0 ? (
            <tr>
              <td colSpan={5} className="pf-empty">
                {t('print.itinerary.noItems')}
              </td>
            </tr>
          ) : (
            day.items.map((it) => (
              <tr key={it.id}>
                <td className="pf-mono pf-nowrap">{it.time ?? ''}</td>
                <td className={it.kind === 'shopping' || it.kind === 'self_paid' ? 'pf-strong' : undefined}>
                  {t(`itemKind.${it.kind}`)}
                </td>
                <td className="pf-strong">{it.title}</td>
                <td>
                  {it.place ?? (it.kind === 'shopping' ? it.shopName : null) ?? it.supplier?.name ?? ''}
                </td>
                <td>{itemDetails(it, t, pf.money)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  )
}

/**
 * The contract's list of shopping stops (shop, goods, maximum time) and self-paid items (price),
 * as the Tourism Law requires, stated explicitly even when there are none.
 */
export function ContractItems({ days }: { days: ItineraryDay[] }) {
  const { t } = useTranslation('resources')
  const pf = usePrintFormat()
  const all = days.flatMap((d) => d.items.map((it) => ({ day: d, it })))
  const shops = all.filter((x) => x.it.kind === 'shopping')
  const paid = all.filter((x) => x.it.kind === 'self_paid')
  const dayLabel = (d: ItineraryDay) => `D${d.dayNo} ${pf.monthDay(d.date)}`
  return (
    <section className="pf-keep" data-testid="print-contract-items">
      <h2>{t('print.itinerary.contractTitle')}</h2>
      <p className="pf-note">{t('print.itinerary.contractNote')}</p>
      <div className="pf-block">
        <h3>{t('print.itinerary.shopping')}</h3>
        {shops.length === 0 ? (
          <p className="pf-empty">{t('print.itinerary.shoppingNone')}</p>
        ) : (
          <table className="pf-table" data-testid="print-shopping">
            <thead>
              <tr>
                <th>{t('print.itinerary.shopColumns.day')}</th>
                <th>{t('print.itinerary.shopColumns.shop')}</th>
                <th>{t('print.itinerary.shopColumns.goods')}</th>
                <th className="pf-num">{t('print.itinerary.shopColumns.minutes')}</th>
              </tr>
            </thead>
            <tbody>
              {shops.map(({ day, it }) => (
                <tr key={it.id}>
                  <td className="pf-nowrap">{dayLabel(day)}</td>
                  <td className="pf-strong">{it.shopName}</td>
                  <td>{it.shopGoods}</td>
                  <td className="pf-num">{t('print.itinerary.minutes', { minutes: it.shopMinutes })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <div className="pf-block">
        <h3>{t('print.itinerary.selfPaid')}</h3>
        {paid.length === 0 ? (
          <p className="pf-empty">{t('print.itinerary.selfPaidNone')}</p>
        ) : (
          <table className="pf-table" data-testid="print-self-paid">
            <thead>
              <tr>
                <th>{t('print.itinerary.paidColumns.day')}</th>
                <th>{t('print.itinerary.paidColumns.title')}</th>
                <th>{t('print.itinerary.paidColumns.place')}</th>
                <th className="pf-num">{t('print.itinerary.paidColumns.price')}</th>
                <th>{t('print.itinerary.paidColumns.notes')}</th>
              </tr>
            </thead>
            <tbody>
              {paid.map(({ day, it }) => (
                <tr key={it.id}>
                  <td className="pf-nowrap">{dayLabel(day)}</td>
                  <td className="pf-strong">{it.title}</td>
                  <td>{it.place ?? ''}</td>
                  <td className="pf-num">{it.price != null ? pf.money(it.price) : ''}</td>
                  <td>{it.notes ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  )
}

/** Signature lines: the itinerary is part of the contract. */
export function SignLines() {
  const { t } = useTranslation('resources')
  return (
    <div className="pf-sign">
      <div>
        {t('print.itinerary.signTourist')}
        <span className="pf-line" />
      </div>
      <div>
        {t('print.itinerary.signAgency')}
        <span className="pf-line" />
      </div>
      <div className="pf-sign-date">
        {t('print.itinerary.signDate')}
        <span className="pf-line" />
      </div>
    </div>
  )
}
