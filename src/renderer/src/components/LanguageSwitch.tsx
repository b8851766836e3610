import { MenuItem, TextField } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { useSession } from '../app/session'
import type { Language } from '../i18n'

export function LanguageSwitch({ dark = false }: { dark?: boolean }) {
  const { t } = useTranslation()
  const { status, setLanguage } = useSession()
  return (
    <TextField
      select
      fullWidth={false}
      value={status.language}
      onChange={(e) => void setLanguage(e.target.value as Language)}
      slotProps={{ htmlInput: { 'aria-label': t('language'), 'data-testid': 'language-switch' } }}
      sx={{
        minWidth: 120,
        ...(dark && {
          '& .MuiInputBase-root': { color: 'inherit' },
          '& fieldset': { borderColor: 'rgba(255,255,255,.5)' },
          '& svg': { color: 'inherit' },
        }),
      }}
    >
      {(['zh-CN', 'en'] as const).map((l) => (
        <MenuItem key={l} value={l}>
          {t(`languages.${l}`)}
        </MenuItem>
      ))}
    </TextField>
  )
}
