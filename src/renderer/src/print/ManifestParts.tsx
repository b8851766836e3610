import { useTranslation } from 'react-i18next'
import { travellerName } from '../trips/travellerName'
import { CONFIDENTIAL_NEED, sensitiveNeeds } from '../../../shared/customers/customer.schema'
import { maskDocNumber } from '../../../shared/customers/mask'
import type { TripDetail, ParticipantView } from '../../../shared/trips/trip.types'
import { docPreference, pickDocument, roommateOf, roomsOf } from './data'

/** The guides of the trip with their role, mobile and licence number. */
export function GuidesTable({ trip }: { trip: TripDetail }) {
  const { t } = useTranslation('resources')
  if (trip.guides.length === 0) return <p className="pf-empty">{t('print.manifest.noGuides')}</p>
  return (
    <table className="pf-table" data-testid="print-guides">
      <thead>
        <tr>
          <th>{t('print.manifest.guideColumns.role')}</th>
          <th>{t('print.manifest.guideColumns.name')}</th>
          <th>{t('print.manifest.guideColumns.mobile')}</th>
          <th>{t('print.manifest.guideColumns.licence')}</th>
        </tr>
      </thead>
      <tbody>
        {trip.guides.map((g) => (
          <tr key={g.id}>
            <td>{t(`role.${g.role}`)}</td>
            <td className="pf-strong">{g.guide.name}</td>
            <td className="pf-mono">{g.guide.mobile ?? ''}</td>
            <td className="pf-mono">{g.guide.licenceNo ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Needs, diet and allergies for the guide; health notes stay in the file (kind only on paper). */
function needsText(p: ParticipantView, t: (k: string, o?: Record<string, unknown>) => string) {
  const parts: string[] = []
  for (const kind of p.customer.needs) {
    const label = t(`customers:need.${kind}`)
    const note = kind === CONFIDENTIAL_NEED ? undefined : p.customer.needNotes[kind]
    if (kind === CONFIDENTIAL_NEED || sensitiveNeeds.includes(kind))
      parts.push(`${label}${t('print.manifest.sensitiveHidden')}`)
    else parts.push(note ? t('print.paren', { text: label, note }) : label)
  }
  if (p.customer.diet && p.customer.diet !== 'none') parts.push(t(`customers:diet.${p.customer.diet}`))
  if (p.customer.allergies) parts.push(t('print.manifest.allergies', { text: p.customer.allergies }))
  if (p.notes) parts.push(p.notes)
  return parts.join(t('print.sep'))
}

/**
 * Column widths of the traveller table (182 mm between the A4 margins). The name column holds a
 * compound-surname pinyin ("SHANGGUAN" / "ZHUANGZHUANG") and the document column a masked 18-digit
 * ID on one line each; the free-text columns (needs, emergency contacts) give way for them.
 */
const COLUMNS_MM = [7, 30, 12, 21, 32, 10, 13, 11, 24, 22]
/** A coach-sized list prints a step smaller, so a long name still fits its column. */
const DENSE_FROM = 30

/** Everyone on the trip, one row each: identity (document masked), room, needs, emergency contact. */
export function ParticipantsTable({ trip }: { trip: TripDetail }) {
  const { t } = useTranslation('resources')
  const prefer = docPreference(trip.kind, trip.destination)
  if (trip.participants.length === 0) return <p className="pf-empty">{t('print.manifest.noParticipants')}</p>
  return (
    <table
      className={`pf-table pf-compact${trip.participants.length > DENSE_FROM ? ' pf-dense' : ''}`}
      style={{ tableLayout: 'fixed' }}
      data-testid="print-participants"
    >
      <colgroup>
        {COLUMNS_MM.map((w, i) => (
          <col key={i} style={{ width: `${w}mm` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th className="pf-num">{t('print.manifest.columns.seq')}</th>
          <th>{t('print.manifest.columns.name')}</th>
          <th>{t('print.manifest.columns.genderAge')}</th>
          <th>{t('print.manifest.columns.mobile')}</th>
          <th>{t('print.manifest.columns.document')}</th>
          <th>{t('print.manifest.columns.room')}</th>
          <th>{t('print.manifest.columns.roommate')}</th>
          <th>{t('print.manifest.columns.bed')}</th>
          <th>{t('print.manifest.columns.needs')}</th>
          <th>{t('print.manifest.columns.emergency')}</th>
        </tr>
      </thead>
      <tbody>
        {trip.participants.map((p, i) => {
          const doc = pickDocument(p.customer.documents, prefer)
          const mate = roommateOf(p, trip.participants)
          const c = p.customer
          return (
            <tr key={p.id} data-testid="print-participant">
              <td className="pf-num">{i + 1}</td>
              <td>
                <span className="pf-strong pf-word">{travellerName(c, t)}</span>
                {p.representative && <span className="pf-strong"> ★</span>}
                {c.pinyinName && <div className="pf-small pf-pinyin">{c.pinyinName}</div>}
              </td>
              <td className="pf-nowrap">
                {c.gender !== 'unknown' ? t(`customers:gender.${c.gender}`) : ''}
                {c.age != null && <div>{t('print.manifest.age', { age: c.age })}</div>}
              </td>
              <td className="pf-mono pf-nowrap">{c.mobile ?? ''}</td>
              <td>
                {c.id === null ? null : doc ? (
                  <>
                    <div className="pf-small">{t(`customers:docKind.${doc.kind}`)}</div>
                    <div className="pf-mono pf-doc" data-testid="print-doc">
                      {maskDocNumber(doc.numberMasked)}
                    </div>
                  </>
                ) : (
                  <span className="pf-small">{t('print.manifest.noDocument')}</span>
                )}
              </td>
              <td className="pf-strong pf-word">{p.roomNo ?? ''}</td>
              <td className="pf-word">{mate ? travellerName(mate.customer, t) : ''}</td>
              <td>
                {p.bed ? t('print.manifest.bed') : t('print.manifest.noBed')}
                {p.singleRoom && <div>{t('print.manifest.singleRoom')}</div>}
              </td>
              <td>{needsText(p, t)}</td>
              <td>
                {p.customer.emergencyContacts.slice(0, 2).map((e, j) => (
                  <div key={j}>
                    {e.relation ? t('print.paren', { text: e.name, note: e.relation }) : e.name}{' '}
                    <span className="pf-mono pf-word">{e.phone}</span>
                  </div>
                ))}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

/** The rooming list as the board has it: room, type, guests and beds; travellers without a room last. */
export function RoomingTable({ trip }: { trip: TripDetail }) {
  const { t } = useTranslation('resources')
  const rooms = roomsOf(trip)
  const seq = new Map(trip.participants.map((p, i) => [p.id, i + 1]))
  const numbered = rooms.filter((r) => r.roomNo)
  return (
    <>
      <table className="pf-table" data-testid="print-rooming">
        <colgroup>
          <col style={{ width: '22mm' }} />
          <col style={{ width: '26mm' }} />
          <col />
          <col style={{ width: '28mm' }} />
          <col style={{ width: '30mm' }} />
        </colgroup>
        <thead>
          <tr>
            <th>{t('print.manifest.roomColumns.room')}</th>
            <th>{t('print.manifest.roomColumns.type')}</th>
            <th>{t('print.manifest.roomColumns.guests')}</th>
            <th>{t('print.manifest.roomColumns.beds')}</th>
            <th>{t('print.manifest.roomColumns.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {rooms.map((r) => {
            const beds = r.guests.filter((g) => g.bed).length
            const noBed = r.guests.length - beds
            return (
              <tr key={r.roomNo ?? '-'} data-testid="print-room">
                <td className="pf-strong" style={{ fontSize: '10.5pt' }}>
                  {r.roomNo ?? t('print.manifest.noRoom')}
                </td>
                <td>
                  {r.kind
                    ? t('print.manifest.roomType', { kind: t(`rooms:kind.${r.kind}`), beds: r.beds })
                    : ''}
                </td>
                <td>
                  {r.guests.map((g) => (
                    <div key={g.id}>
                      <span className="pf-small">{seq.get(g.id)}. </span>
                      <span className="pf-strong">{travellerName(g.customer, t)}</span>
                      {g.representative && ' ★'}
                      {g.customer.gender !== 'unknown' &&
                        t('print.paren', { text: '', note: t(`customers:gender.${g.customer.gender}`) })}
                    </div>
                  ))}
                </td>
                <td>
                  {beds > 0 && <div>{`${t('print.manifest.bed')} ${beds}`}</div>}
                  {noBed > 0 && <div>{`${t('print.manifest.noBed')} ${noBed}`}</div>}
                </td>
                <td>{r.roomNo && beds === 1 ? t('print.manifest.singleRoom') : ''}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <p className="pf-small" style={{ marginTop: '2mm' }} data-testid="print-rooms-count">
        {t('print.manifest.roomsCount', {
          rooms: t('print.manifest.roomCount', { count: numbered.length }),
          guests: t('print.manifest.guestCount', {
            count: numbered.reduce((n, r) => n + r.guests.length, 0),
          }),
        })}
      </p>
    </>
  )
}
