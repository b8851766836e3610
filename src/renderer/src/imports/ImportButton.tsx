import { Button } from '@mui/material'
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { ImportTarget } from '../../../shared/imports/import-fields'
import { listPathOf } from './target-words'

/** the way into the import wizard from a list screen */
export function ImportButton({ target, testId }: { target: ImportTarget; testId: string }) {
  const { t } = useTranslation('imports')
  const navigate = useNavigate()
  return (
    <Button
      startIcon={<UploadFileOutlined />}
      onClick={() => navigate(`${listPathOf[target]}/import`)}
      data-testid={testId}
    >
      {t('open')}
    </Button>
  )
}
