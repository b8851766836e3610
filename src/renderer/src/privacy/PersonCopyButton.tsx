import { Button, Divider, ListItemText, Menu, MenuItem } from '@mui/material'
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { api, unwrap } from '../api/client'
import { useSession } from '../app/session'
import { useFormErrors } from '../components/useFormErrors'

/**
 * 个人信息副本 on the customer profile: print it (A4 / PDF) or save it as an xlsx. The roles that may
 * reveal identity numbers also get the variants with whole numbers; main decides and audits either way.
 */
export function PersonCopyButton({
  customerId,
  onNotice,
}: {
  customerId: number
  onNotice: (s: string) => void
}) {
  const { t, i18n } = useTranslation('privacy')
  const { status } = useSession()
  const navigate = useNavigate()
  const errors = useFormErrors()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const reveals = status.staff?.role !== 'frontdesk'
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN'

  const print = (full: boolean) => {
    setAnchor(null)
    navigate(`/print/customer/${customerId}/copy?lang=${lang}${full ? '&full=1' : ''}`)
  }
  const xlsx = async (full: boolean) => {
    setAnchor(null)
    const r = await errors.capture(() =>
      unwrap(api.privacy.copyXlsx({ customerId, lang, fullIdNumbers: full })),
    )
    if (r?.done) onNotice(t('copy.saved'))
    else if (errors.form) onNotice(errors.form)
  }

  return (
    <>
      <Button
        variant="outlined"
        startIcon={<ContentCopyOutlined />}
        onClick={(e) => setAnchor(e.currentTarget)}
        data-testid="profile-person-copy"
      >
        {t('copy.button')}
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => print(false)} data-testid="person-copy-print">
          <ListItemText>{t('copy.print')}</ListItemText>
        </MenuItem>
        <MenuItem onClick={() => xlsx(false)} data-testid="person-copy-xlsx">
          <ListItemText>{t('copy.xlsx')}</ListItemText>
        </MenuItem>
        {reveals && <Divider />}
        {reveals && (
          <MenuItem onClick={() => print(true)} data-testid="person-copy-print-full">
            <ListItemText secondary={t('copy.full')}>{t('copy.print')}</ListItemText>
          </MenuItem>
        )}
        {reveals && (
          <MenuItem onClick={() => xlsx(true)} data-testid="person-copy-xlsx-full">
            <ListItemText secondary={t('copy.full')}>{t('copy.xlsx')}</ListItemText>
          </MenuItem>
        )}
      </Menu>
    </>
  )
}
