import { useTranslation } from 'react-i18next'
import type { TripArchive } from '../../../../shared/feedback/archive.types'
import type { Scores } from '../../../../shared/feedback/scoring'
import { AgencyHeader, Fields, usePrintFormat } from '../../print/blocks'
import { GuidesTable, ParticipantsTable } from '../../print/ManifestParts'
import { PrintSheet } from '../../print/PrintFrame'
import { useFeedbackLabels } from '../labels'

const dash = (v: number | null, suffix = '') => (v === null ? '—' : `${v}${suffix}`)

/** The cover: the trip's facts, its guides with their licences, the ground operator, the return rate. */
export function ArchiveCover({ a }: { a: TripArchive }) {
  const { t } = useTranslation('feedback')
  const { t: tr } = useTranslation('resources')
  const pf = usePrintFormat()
  const { trip, rate } = a
  return (
    <PrintSheet testId="archive-cover">
      <AgencyHeader agency={a.agency} />
      <h1>{t('archive.title')}</h1>
      <div className="pf-doctype">{trip.routeName}</div>
      <Fields
        rows={[
          { label: t('print.tripCode'), value: <span className="pf-strong pf-mono">{trip.code}</span> },
          { label: t('archive.status'), value: t(`trips:status.${trip.status}`) },
          { label: t('print.route'), value: trip.routeName, wide: true },
          {
            label: t('print.dates'),
            value: tr('shared.dateRange', { from: pf.long(trip.departDate), to: pf.long(trip.returnDate) }),
            wide: true,
          },
          { label: t('archive.destination'), value: trip.destination },
          { label: t('archive.kind'), value: t(`trips:kind.${trip.kind}`) },
          { label: t('print.groupSize'), value: t('print.people', { count: trip.participants.length }) },
          { label: t('archive.complaintCount'), value: t('archive.cases', { count: a.complaints.length }) },
          {
            label: t('print.operator'),
            value: a.operators
              .map((o) => (o.licenceNo ? tr('print.paren', { text: o.name, note: o.licenceNo }) : o.name))
              .join(tr('print.sep')),
            wide: true,
          },
          {
            label: t('archive.returnRate'),
            value: (
              <span data-testid="archive-rate">
                {t('archive.rate', {
                  entered: rate.entered,
                  participants: rate.participants,
                  required: rate.required,
                })}
                {a.short && (
                  <span className="pf-strong">
                    {' · '}
                    {t('counters.short', { missing: rate.required - rate.entered })}
                  </span>
                )}
              </span>
            ),
            wide: true,
          },
        ]}
      />
      <h2>{t('archive.guides')}</h2>
      <GuidesTable trip={trip} />
      <h2>{t('archive.contents')}</h2>
      <ol className="pf-small" data-testid="archive-contents">
        <li>{t('archive.partParticipants', { count: trip.participants.length })}</li>
        <li>{t('archive.partScores')}</li>
        <li>{t('archive.partSheets', { count: a.sheets.length })}</li>
        <li>{t('archive.partComplaints', { count: a.complaints.length })}</li>
      </ol>
    </PrintSheet>
  )
}

/** 团员名单: the manifest's table, identity numbers masked. */
export function ArchiveParticipants({ a }: { a: TripArchive }) {
  const { t } = useTranslation('feedback')
  return (
    <PrintSheet testId="archive-participants">
      <h1>{t('archive.participants')}</h1>
      <div className="pf-doctype">
        {a.trip.code} · {a.trip.routeName}
      </div>
      <ParticipantsTable trip={a.trip} />
    </PrintSheet>
  )
}

function Figures({ s }: { s: Scores }) {
  const { t } = useTranslation('feedback')
  return (
    <>
      {dash(s.overall.mean)} <span className="pf-small">({s.overall.n})</span>
      {' · '}
      {t('scores.satisfied')} {dash(s.overall.satisfiedPct, '%')}
      {' · '}
      NPS {dash(s.nps.score)} <span className="pf-small">({s.nps.n})</span>
    </>
  )
}

/** The trip's scores as its 意见单 tab shows them, and its guides' and suppliers' roll-ups. */
export function ArchiveScores({ a }: { a: TripArchive }) {
  const { t } = useTranslation('feedback')
  const { t: tr } = useTranslation('resources')
  const paren = (text: string, note: string) => tr('print.paren', { text, note })
  const items = Object.values(a.forms).flatMap((f) => f.items)
  const labels = useFeedbackLabels(items)
  const s = a.scores
  return (
    <PrintSheet testId="archive-scores">
      <h1>{t('archive.scores')}</h1>
      <div className="pf-doctype">
        {a.trip.code} · {t('scores.sheets', { count: s.sheets })}
      </div>
      {!s.sheets ? (
        <p className="pf-empty">{t('scores.none')}</p>
      ) : (
        <>
          <Fields
            rows={[
              {
                label: t('scores.overall'),
                value: paren(dash(s.overall.mean), t('scores.n', { count: s.overall.n })),
              },
              {
                label: t('scores.satisfied'),
                value: paren(dash(s.overall.satisfiedPct, '%'), t('scores.n', { count: s.overall.n })),
              },
              { label: t('scores.nps'), value: paren(dash(s.nps.score), t('scores.n', { count: s.nps.n })) },
            ]}
          />
          <table className="pf-table" data-testid="archive-items">
            <thead>
              <tr>
                <th>{t('scores.item')}</th>
                <th className="pf-num">{t('scores.mean')}</th>
                <th className="pf-num">{t('scores.satisfied')}</th>
                <th className="pf-num">n</th>
              </tr>
            </thead>
            <tbody>
              {s.items.map((i) => (
                <tr key={i.key}>
                  <td>{labels.item(i.key)}</td>
                  <td className="pf-num">{dash(i.mean)}</td>
                  <td className="pf-num">{dash(i.satisfiedPct, '%')}</td>
                  <td className="pf-num">{i.n}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t('scores.compliance')}</h2>
          <table className="pf-table">
            <tbody>
              {s.compliance.map((c) => (
                <tr key={c.key}>
                  <td>{labels.item(c.key)}</td>
                  <td className={c.problems ? 'pf-num pf-strong' : 'pf-num'}>
                    {t('scores.problems', { problems: c.problems, n: c.n })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h2>{t('archive.rollups')}</h2>
      <p className="pf-small">{t('archive.rollupsNote')}</p>
      <table className="pf-table" data-testid="archive-rollups">
        <thead>
          <tr>
            <th>{t('archive.who')}</th>
            <th className="pf-num">{t('scores.sheetsHead')}</th>
            <th>{t('archive.figures')}</th>
          </tr>
        </thead>
        <tbody>
          {a.guides.map((g) => (
            <tr key={`g${g.id}-${g.role}`}>
              <td>
                <span className="pf-strong">{g.name}</span> · {t(`resources:role.${g.role}`)}
              </td>
              <td className="pf-num">{g.scores.sheets}</td>
              <td>
                <Figures s={g.scores} />
              </td>
            </tr>
          ))}
          {a.suppliers.map((x) => (
            <tr key={`s${x.id}`}>
              <td>
                <span className="pf-strong">{x.name}</span> · {t(`resources:supplierKind.${x.kind}`)}
              </td>
              <td className="pf-num">{x.scores.sheets}</td>
              <td>
                <Figures s={x.scores} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </PrintSheet>
  )
}
