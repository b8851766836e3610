import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItemButton,
  ListItemText,
  Typography,
} from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { DuplicateMatch } from '../../../../shared/customers/customer.types'

const REASON = {
  mobile: 'form.duplicateMobile',
  document: 'form.duplicateDocument',
  nameBirth: 'form.duplicateNameBirth',
} as const satisfies Record<DuplicateMatch['reason'], string>

interface Props {
  matches: DuplicateMatch[]
  onOpen: (id: number) => void
  onContinue: () => void
  onCancel: () => void
}

/**
 * Another file shares the mobile, a document number, or the name and birth date: show it and why, let
 * the user open it or go on.
 */
export function DuplicateDialog({ matches, onOpen, onContinue, onCancel }: Props) {
  const { t } = useTranslation('customers')
  return (
    <Dialog open onClose={onCancel} maxWidth="xs" fullWidth data-testid="duplicate-dialog">
      <DialogTitle>{t('form.duplicateTitle')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {t('form.duplicateText')}
        </Typography>
        <List dense>
          {matches.map((m) => (
            <ListItemButton key={m.id} onClick={() => onOpen(m.id)} data-testid="duplicate-open">
              <ListItemText
                primary={m.name}
                secondary={`${t(REASON[m.reason])}${m.mobile ? ` · ${m.mobile}` : ''}`}
              />
            </ListItemButton>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('common:actions.cancel')}</Button>
        <Button variant="contained" onClick={onContinue} data-testid="duplicate-continue">
          {t('common:actions.continue')}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
