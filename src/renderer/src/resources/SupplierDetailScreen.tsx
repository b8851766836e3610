import { Alert, Box, Button, Grid, Paper, Snackbar, Stack, Typography } from '@mui/material'
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined'
import EditOutlined from '@mui/icons-material/EditOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { InfoList, Section } from '../customers/profile/parts'
import { ActiveChip, TripRefTable } from './parts'
import { SupplierFormDialog } from './SupplierFormDialog'
import { KindChip } from './SupplierTable'

/** One supplier: its data on file and the trips it served. */
export function SupplierDetailScreen() {
  const { t } = useTranslation('resources')
  const navigate = useNavigate()
  const id = Number(useParams().id)
  const supplier = useQuery(() => api.suppliers.get({ id }), [id], ['supplier', 'trip'])
  const [editing, setEditing] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const s = supplier.data

  const back = (
    <Button
      startIcon={<ArrowBackOutlined />}
      onClick={() => navigate('/suppliers')}
      data-testid="supplier-back"
    >
      {t('shared.backToList')}
    </Button>
  )
  if (supplier.error && !s) {
    return (
      <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Alert severity="error" data-testid="supplier-not-found">
          {supplier.error.error.code === 'NOT_FOUND' ? t('shared.notFound') : t('shared.loadFailed')}
        </Alert>
        {back}
      </Stack>
    )
  }
  if (!s) return null
  const operator = s.kind === 'ground_operator'

  return (
    <Box sx={{ maxWidth: 1200 }}>
      <Box sx={{ mb: 1 }}>{back}</Box>
      <Paper sx={{ p: 3, mb: 2 }} data-testid="supplier-header">
        <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
          <Box sx={{ flexGrow: 1, minWidth: 0 }}>
            <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography
                variant="h4"
                component="h1"
                sx={{ fontWeight: 700 }}
                data-testid="supplier-detail-name"
              >
                {s.name}
              </Typography>
              <KindChip kind={s.kind} />
              <ActiveChip active={s.active} testId="supplier-detail-active" />
            </Stack>
          </Box>
          <Button
            variant="outlined"
            startIcon={<EditOutlined />}
            onClick={() => setEditing(true)}
            data-testid="supplier-detail-edit"
          >
            {t('suppliers.detail.editButton')}
          </Button>
        </Stack>
      </Paper>
      <Grid container spacing={2} sx={{ mb: 2 }}>
        <Grid size={12}>
          <Section title={t('suppliers.detail.info')}>
            <InfoList
              rows={[
                [
                  operator ? t('suppliers.form.licenceNoOperator') : t('suppliers.form.licenceNo'),
                  s.licenceNo,
                  'supplier-detail-licence',
                ],
                [t('suppliers.form.contactPerson'), s.contactPerson, 'supplier-detail-contact'],
                [t('suppliers.form.phone'), s.phone, 'supplier-detail-phone'],
                [t('suppliers.form.address'), s.address],
                [t('suppliers.form.notes'), s.notes],
              ]}
            />
          </Section>
        </Grid>
      </Grid>
      <Section
        title={t('shared.trips')}
        action={
          <Typography variant="body2" color="text.secondary">
            {t('shared.tripsCount', { count: s.trips.length })}
          </Typography>
        }
      >
        <TripRefTable trips={s.trips} testId="supplier-trips" />
      </Section>

      {editing && (
        <SupplierFormDialog
          row={s}
          onClose={() => setEditing(false)}
          onDone={(m) => {
            setEditing(false)
            setNotice(m)
            supplier.reload()
          }}
        />
      )}
      <Snackbar
        open={!!notice}
        autoHideDuration={4000}
        onClose={() => setNotice(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity="success" variant="filled" onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      </Snackbar>
    </Box>
  )
}
