import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import type { PersonCopy } from '../../../shared/privacy/privacy.api'
import type { AgencySettings } from '../../../shared/settings/settings.api'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { msgText } from '../components/useFormErrors'
import {
  AgencyHeader,
  PrintLanguageSwitch,
  useAskedPrintLanguage,
  usePrintFormat,
} from '../print/blocks'
import { PrintFrame, PrintSheet } from '../print/PrintFrame'

async function load(customerId: number, lang: 'zh-CN' | 'en', full: boolean) {
  const [copy, agency] = await Promise.all([
    api.privacy.copy({ customerId, lang, fullIdNumbers: full }),
    api.settings.get({}),
  ])
  if (!copy.ok) return copy
  if (!agency.ok) return agency
  return { ok: true as const, value: { copy: copy.value, agency: agency.value } }
}

/**
 * 个人信息副本 as A4 (PIPL art. 45): every kind of record main holds about the person, in the
 * language they asked in (`?lang=`), identity numbers whole only with `?full=1` for the roles that
 * may reveal them (main refuses the others and audits every copy).
 */
export function PersonCopyPrint() {
  const { t, i18n } = useTranslation('privacy')
  const { t: tr } = useTranslation('resources')
  const id = Number(useParams().id)
  const [params] = useSearchParams()
  const lang = useAskedPrintLanguage() ?? (i18n.language === 'en' ? 'en' : 'zh-CN')
  const full = params.get('full') === '1'
  const q = useQuery(() => load(id, lang, full), [id, lang, full], [])
  const [printedAt] = useState(() => new Date())
  const pf = usePrintFormat(lang)
  const td = i18n.getFixedT(lang, 'privacy')
  const d = q.data?.copy.customerId === id ? q.data : undefined
  const error =
    q.error && !d
      ? q.error.error.code === 'NOT_FOUND'
        ? tr('print.notFound')
        : msgText(t, q.error.error.msg)
      : null

  return (
    <PrintFrame
      title={d ? t('copy.pageTitle', { name: d.copy.name }) : t('copy.button')}
      backTo={`/customers/${id}`}
      footer={td('copy.footer', { agency: d?.agency.agencyName ?? '', at: pf.stamp(printedAt) })}
      lang={lang}
      ready={!!d}
      error={error}
    >
      {d && (
        <>
          <PrintLanguageSwitch lang={lang} />
          <CopySheet copy={d.copy} agency={d.agency} />
        </>
      )}
    </PrintFrame>
  )
}

function CopySheet({ copy, agency }: { copy: PersonCopy; agency: AgencySettings }) {
  const { t } = useTranslation('privacy')
  const pf = usePrintFormat()
  return (
    <PrintSheet testId="print-person-copy">
      <AgencyHeader agency={agency} />
      <h1>{copy.name}</h1>
      <div className="pf-doctype">
        {t('copy.docType')} · {t('copy.made', { at: pf.stamp(new Date(copy.madeAt)) })} ·{' '}
        {copy.fullIdNumbers ? t('copy.fullNumbers') : t('copy.masked')}
      </div>
      {copy.sections.map((s) => (
        <section key={s.key} data-testid={`copy-section-${s.key}`}>
          <h2>{s.title}</h2>
          {s.rows.length === 0 ? (
            <p>{t('copy.empty')}</p>
          ) : (
            <table className="pf-table pf-compact">
              {s.key !== 'file' && (
                <thead>
                  <tr>
                    {s.columns.map((c) => (
                      <th key={c}>{c}</th>
                    ))}
                  </tr>
                </thead>
              )}
              <tbody>
                {s.rows.map((r, i) => (
                  <tr key={i}>
                    {r.map((c, j) =>
                      s.key === 'file' && j === 0 ? <th key={j}>{c}</th> : <td key={j}>{c}</td>,
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </PrintSheet>
  )
}
