import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { TripArchive } from '../../../../shared/feedback/archive.types'
import { api } from '../../api/client'
import { useQuery } from '../../api/hooks'
import { CaseFile } from '../../complaints/print/ComplaintFilePrint'
import { msgText } from '../../components/useFormErrors'
import { PrintLanguageSwitch, useAskedPrintLanguage, usePrintFormat } from '../../print/blocks'
import { PrintFrame, PrintSheet } from '../../print/PrintFrame'
import { feedbackPrintCss } from '../feedbackPrintCss'
import { FeedbackSheet } from '../FeedbackSheet'
import { ArchiveCover, ArchiveParticipants, ArchiveScores } from './ArchiveParts'

/**
 * 团队档案: the trip's file as the agency keeps it for the retention period, in one print job — cover,
 * participants (numbers masked), the scores, every entered sheet as the printed form with its answers
 * ticked, and each complaint's case file. Main reads it all in one call (and audits the print); the
 * document is in `?lang=` (the print frame renders it through its own i18n instance, footer and page
 * numbers included); the app keeps the clerk's language.
 */
export function TripArchivePrint() {
  const { t, i18n } = useTranslation('feedback')
  const { t: tr } = useTranslation('resources')
  const id = Number(useParams().id)
  // loaded once per visit: every load is an audited print of the travellers' data
  const q = useQuery(() => api.feedback.archive({ tripId: id }), [id])
  const [printedAt] = useState(() => new Date())
  const lang = useAskedPrintLanguage() ?? (i18n.language === 'en' ? 'en' : 'zh-CN')
  const pf = usePrintFormat(lang)
  const td = i18n.getFixedT(lang, 'resources')
  const a = q.data?.trip.id === id ? q.data : undefined
  const error =
    q.error && !a
      ? q.error.error.code === 'NOT_FOUND'
        ? tr('print.notFound')
        : msgText(tr, q.error.error.msg)
      : null
  return (
    <PrintFrame
      title={a ? t('archive.fileTitle', { code: a.trip.code, route: a.trip.routeName }) : t('archive.title')}
      backTo={`/trips/${id}`}
      footer={td('print.footer.printedAt', { agency: a?.agency.agencyName ?? '', date: pf.stamp(printedAt) })}
      lang={lang}
      ready={!!a}
      error={error}
    >
      {a && (
        <>
          <style>{feedbackPrintCss}</style>
          <PrintLanguageSwitch lang={lang} />
          <div data-testid="archive-doc">
            <ArchiveDocument a={a} />
          </div>
        </>
      )}
    </PrintFrame>
  )
}

function ArchiveDocument({ a }: { a: TripArchive }) {
  const { t } = useTranslation('feedback')
  return (
    <>
      <ArchiveCover a={a} />
      <ArchiveParticipants a={a} />
      <ArchiveScores a={a} />
      {a.sheets.length === 0 && (
        <PrintSheet testId="archive-no-sheets">
          <h1>{t('archive.sheets')}</h1>
          <p className="pf-empty">{t('archive.noSheets')}</p>
        </PrintSheet>
      )}
      {a.sheets.map((s) => (
        <FeedbackSheet
          key={s.id}
          agency={a.agency}
          trip={a.trip}
          groupSize={a.trip.participants.length}
          operators={a.operators}
          form={a.forms[s.templateId]}
          sheet={s}
          filled={{ answers: s.answers, comment: s.comment }}
        />
      ))}
      {a.complaints.length === 0 ? (
        <PrintSheet testId="archive-no-complaints">
          <h1>{t('archive.complaints')}</h1>
          <p className="pf-empty">{t('archive.noComplaints')}</p>
        </PrintSheet>
      ) : (
        a.complaints.map((c) => <CaseFile key={c.id} data={{ c, agency: a.agency }} />)
      )}
    </>
  )
}
