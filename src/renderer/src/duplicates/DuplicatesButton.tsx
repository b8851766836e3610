import { Button } from '@mui/material'
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'

/** The customer list's way to the duplicates screen, saying how many groups wait there. */
export function DuplicatesButton() {
  const { t } = useTranslation('duplicates')
  const navigate = useNavigate()
  const q = useQuery(() => api.duplicates.count({}), [], ['customer'])
  const n = q.data?.groups ?? 0
  return (
    <Button
      startIcon={<ContentCopyOutlined />}
      onClick={() => navigate('/customers/duplicates')}
      data-testid="customer-duplicates"
      data-count={n}
      color={n > 0 ? 'warning' : 'inherit'}
    >
      {t('open', { count: n })}
    </Button>
  )
}
