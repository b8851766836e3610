import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material'
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined'
import EditOutlined from '@mui/icons-material/EditOutlined'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { TripRef } from '../../../shared/trips/trip.types'
import type { ApiFailure } from '../api/client'
import { NoticeSnackbar } from '../components/NoticeSnackbar'
import { Section } from '../customers/profile/parts'
import { ActiveChip, TripRefTable } from './parts'

type Prefix = 'guide' | 'supplier'

function BackButton({ prefix }: { prefix: Prefix }) {
  const { t } = useTranslation('resources')
  const navigate = useNavigate()
  return (
    <Button
      startIcon={<ArrowBackOutlined />}
      onClick={() => navigate(`/${prefix}s`)}
      data-testid={`${prefix}-back`}
    >
      {t('shared.backToList')}
    </Button>
  )
}

/** Shown instead of the page when the record could not be loaded (deleted, or a bad link). */
export function DetailNotFound({ prefix, error }: { prefix: Prefix; error: ApiFailure }) {
  const { t } = useTranslation('resources')
  return (
    <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
      <Alert severity="error" data-testid={`${prefix}-not-found`}>
        {error.error.code === 'NOT_FOUND' ? t('shared.notFound') : t('shared.loadFailed')}
      </Alert>
      <BackButton prefix={prefix} />
    </Stack>
  )
}

/**
 * The page around one guide or supplier: back link, header (name, chips, edit button), the
 * record's own sections (`children`), the trips it served, its edit dialog and the saved toast.
 */
export function ResourceDetailFrame({
  prefix,
  name,
  active,
  chips,
  below,
  editLabel,
  onEdit,
  trips,
  dialog,
  notice,
  onNoticeClose,
  children,
}: {
  prefix: Prefix
  name: string
  active: boolean
  chips?: ReactNode
  below?: ReactNode
  editLabel: string
  onEdit: () => void
  trips: TripRef[]
  dialog: ReactNode
  notice: string | null
  onNoticeClose: () => void
  children: ReactNode
}) {
  const { t } = useTranslation('resources')
  return (
    <Box sx={{ maxWidth: 1200 }}>
      <Box sx={{ mb: 1 }}>
        <BackButton prefix={prefix} />
      </Box>
      <Paper sx={{ p: 3, mb: 2 }} data-testid={`${prefix}-header`}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
          <Box sx={{ flexGrow: 1, minWidth: 0 }}>
            <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography
                variant="h4"
                component="h1"
                sx={{ fontWeight: 700 }}
                data-testid={`${prefix}-detail-name`}
              >
                {name}
              </Typography>
              {chips}
              <ActiveChip active={active} testId={`${prefix}-detail-active`} />
            </Stack>
            {below}
          </Box>
          <Button
            variant="outlined"
            startIcon={<EditOutlined />}
            onClick={onEdit}
            data-testid={`${prefix}-detail-edit`}
          >
            {editLabel}
          </Button>
        </Stack>
      </Paper>
      {children}
      <Section
        title={t('shared.trips')}
        action={
          <Typography variant="body2" color="text.secondary">
            {t('shared.tripsCount', { count: trips.length })}
          </Typography>
        }
      >
        <TripRefTable trips={trips} testId={`${prefix}-trips`} />
      </Section>

      {dialog}
      <NoticeSnackbar notice={notice} onClose={onNoticeClose} />
    </Box>
  )
}
