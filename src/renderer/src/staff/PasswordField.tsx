import { IconButton, InputAdornment, TextField } from '@mui/material'
import type { TextFieldProps } from '@mui/material'
import Visibility from '@mui/icons-material/VisibilityOutlined'
import VisibilityOff from '@mui/icons-material/VisibilityOffOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

/** A password box with a show/hide eye, so an admin can read out a password they just typed. */
export function PasswordField({
  testId,
  autoComplete = 'new-password',
  ...props
}: Omit<TextFieldProps, 'type' | 'slotProps'> & { testId: string; autoComplete?: string }) {
  const { t } = useTranslation('admin')
  const [shown, setShown] = useState(false)
  return (
    <TextField
      {...props}
      type={shown ? 'text' : 'password'}
      autoComplete={autoComplete}
      slotProps={{
        htmlInput: { 'data-testid': testId, spellCheck: false },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <IconButton
                size="small"
                edge="end"
                aria-label={shown ? t('hidePassword') : t('showPassword')}
                onClick={() => setShown((s) => !s)}
                onMouseDown={(e) => e.preventDefault()}
                tabIndex={-1}
              >
                {shown ? <VisibilityOff fontSize="small" /> : <Visibility fontSize="small" />}
              </IconButton>
            </InputAdornment>
          ),
        },
      }}
    />
  )
}
