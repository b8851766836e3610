import { Alert, Box, Button, CircularProgress, Typography } from '@mui/material'
import { NoticeSnackbar } from '../components/NoticeSnackbar'
import { useTheme } from '@mui/material/styles'
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined'
import PictureAsPdfOutlined from '@mui/icons-material/PictureAsPdfOutlined'
import PrintOutlined from '@mui/icons-material/PrintOutlined'
import { useEffect, useState } from 'react'
import type { ReactNode } from 'react'
import { I18nextProvider, useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { api, unwrap } from '../api/client'
import { useFormErrors } from '../components/useFormErrors'
import { useDocI18n } from './blocks'
import { counterContent, PAGE, PAGES, printCss } from './printCss'

export interface PrintFrameProps {
  /** the document's name: window title, print job title and suggested PDF file name */
  title: string
  /** where "back" goes when this preview was opened directly (no history to go back to) */
  backTo: string
  /** left footer on every printed page, e.g. agency and print time, in the document's language */
  footer: string
  /**
   * the document's language when it may differ from the clerk's (a reply to an English-speaking
   * complainant): the sheets render through an i18n instance fixed to it, and so do the page numbers
   * in the footer; the toolbar and the loading and error messages stay in the app's language
   */
  lang?: string
  /** the printable content is loaded; the print buttons wait for it */
  ready: boolean
  /** shown instead of the sheets when the content cannot be loaded */
  error?: string | null
  /** one or more <PrintSheet>s; each after the first starts a new page */
  children?: ReactNode
}

/**
 * The print path every printed document goes through (itinerary, manifest, later feedback forms):
 * a screen toolbar (back / print… / save as PDF) that is not printed, and below it the real A4
 * layout. Printing asks main to print this very window (system dialog or PDF), so what the clerk
 * sees is what comes out of the printer.
 */
export function PrintFrame({ title, backTo, footer, lang, ready, error, children }: PrintFrameProps) {
  const { t } = useTranslation('resources')
  const docI18n = useDocI18n(lang)
  const theme = useTheme()
  const navigate = useNavigate()
  const errors = useFormErrors()
  const [busy, setBusy] = useState<'dialog' | 'pdf' | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  // the window title names the document (the PDF's default file name, the print queue entry)
  useEffect(() => {
    if (!ready) return
    const before = document.title
    document.title = title
    return () => {
      document.title = before
    }
  }, [title, ready])

  const css = printCss({
    font: String(theme.typography.fontFamily),
    footerLeft: footer,
    footerRight: counterContent(
      docI18n.getFixedT(lang ?? docI18n.language, 'resources')('print.footer.page', { page: PAGE, pages: PAGES }),
    ),
  })

  const back = () => {
    const idx = (window.history.state as { idx?: number } | null)?.idx ?? 0
    if (idx > 0) navigate(-1)
    else navigate(backTo)
  }

  const print = async (mode: 'dialog' | 'pdf') => {
    setBusy(mode)
    const r = await errors.capture(() => unwrap(api.print.current({ title, mode })))
    setBusy(null)
    if (!r?.done) return
    setNotice(
      mode === 'pdf' && r.file ? t('print.toolbar.saved', { file: r.file }) : t('print.toolbar.printed'),
    )
  }

  return (
    <div className="pf-root" data-testid="print-root" data-print-ready={ready && !error ? 'true' : 'false'}>
      <style>{css}</style>
      <div className="pf-toolbar" role="toolbar" aria-label={title}>
        <Button startIcon={<ArrowBackOutlined />} onClick={back} data-testid="print-back">
          {t('print.toolbar.back')}
        </Button>
        <Typography
          variant="subtitle1"
          sx={{ fontWeight: 700, flexGrow: 1 }}
          noWrap
          data-testid="print-title"
        >
          {title}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ display: { xs: 'none', md: 'block' } }}>
          {t('print.toolbar.hint')}
        </Typography>
        <Button
          variant="contained"
          startIcon={busy === 'dialog' ? <CircularProgress size={16} color="inherit" /> : <PrintOutlined />}
          disabled={!ready || !!error || !!busy}
          onClick={() => print('dialog')}
          data-testid="print-dialog"
        >
          {t('print.toolbar.print')}
        </Button>
        <Button
          variant="outlined"
          startIcon={busy === 'pdf' ? <CircularProgress size={16} /> : <PictureAsPdfOutlined />}
          disabled={!ready || !!error || !!busy}
          onClick={() => print('pdf')}
          data-testid="print-pdf"
        >
          {t('print.toolbar.pdf')}
        </Button>
      </div>
      {errors.form && (
        <Box className="pf-screen-only" sx={{ px: 2, pt: 2 }}>
          <Alert severity="error" onClose={errors.clear} data-testid="print-error">
            {t('print.toolbar.failed')} · {errors.form}
          </Alert>
        </Box>
      )}
      <div className="pf-pages">
        {error ? (
          <div className="pf-sheet pf-status">
            <Alert severity="error" data-testid="print-load-error">
              {error}
            </Alert>
          </div>
        ) : ready && lang ? (
          <I18nextProvider i18n={docI18n}>
            <div lang={lang} data-doc-lang={lang}>
              {children}
            </div>
          </I18nextProvider>
        ) : ready ? (
          children
        ) : (
          <div className="pf-sheet pf-status" data-testid="print-loading">
            <CircularProgress size={28} />
            <Typography sx={{ mt: 2 }}>{t('print.loading')}</Typography>
          </div>
        )}
      </div>
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} testId="print-notice" />
    </div>
  )
}

/** One printed section; every sheet after the first begins on a new page. */
export function PrintSheet({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <section className="pf-sheet" data-testid={testId}>
      {children}
    </section>
  )
}
