import { useState } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { ComplaintDetail } from '../../../../shared/complaints/complaint.types'
import type { AgencySettings } from '../../../../shared/settings/settings.api'
import { api } from '../../api/client'
import { useQuery } from '../../api/hooks'
import { msgText } from '../../components/useFormErrors'
import {
  PrintLanguageSwitch,
  useAskedPrintLanguage,
  usePrintFormat,
} from '../../print/blocks'
import { PrintFrame } from '../../print/PrintFrame'

export interface ComplaintPrintData {
  c: ComplaintDetail
  agency: AgencySettings
}

const CHINA = [
  '中国',
  '中华人民共和国',
  '中国大陆',
  'china',
  'cn',
  'chn',
  "people's republic of china",
  'prc',
]

/** A complainant with a foreign nationality gets the reply in English; everyone else in Chinese. */
export function replyLanguage(c: ComplaintDetail): 'zh-CN' | 'en' {
  const n = c.complainants[0]?.nationality?.trim().toLowerCase()
  return n && !CHINA.includes(n) ? 'en' : 'zh-CN'
}

async function load(id: number) {
  const [c, agency] = await Promise.all([api.complaints.get({ id }), api.settings.get({})])
  if (!c.ok) return c
  if (!agency.ok) return agency
  return { ok: true as const, value: { c: c.value, agency: agency.value } }
}

/**
 * A complaint document in the print frame. The sheet is rendered in the document's language (the
 * complainant's, or `?lang=`), through its own i18n instance, while the app around it keeps the
 * clerk's language.
 */
export function ComplaintPrintPage({
  doc,
  children,
}: {
  doc: 'reply' | 'file'
  children: (d: ComplaintPrintData) => ReactNode
}) {
  const { t, i18n } = useTranslation('complaints')
  const { t: tr } = useTranslation('resources')
  const id = Number(useParams().id)
  const q = useQuery(() => load(id), [id], ['complaint', 'settings'])
  const [printedAt] = useState(() => new Date())
  const d = q.data?.c.id === id ? q.data : undefined
  const asked = useAskedPrintLanguage()
  const lang = asked ?? (d && doc === 'reply' ? replyLanguage(d.c) : i18n.language)
  const pf = usePrintFormat(lang)
  const td = i18n.getFixedT(lang, 'resources')
  const name = doc === 'reply' ? t('print.replyTitle') : t('print.fileTitle')
  const error =
    q.error && !d
      ? q.error.error.code === 'NOT_FOUND'
        ? tr('print.notFound')
        : msgText(t, q.error.error.msg)
      : null

  return (
    <PrintFrame
      title={d ? `${name} ${d.c.caseNo}` : name}
      backTo={`/complaints/${id}`}
      footer={td('print.footer.printedAt', { agency: d?.agency.agencyName ?? '', date: pf.stamp(printedAt) })}
      lang={lang}
      ready={!!d}
      error={error}
    >
      {d && (
        <>
          <PrintLanguageSwitch lang={lang} />
          {children(d)}
        </>
      )}
    </PrintFrame>
  )
}
