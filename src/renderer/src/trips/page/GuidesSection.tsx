import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Chip,
  IconButton,
  Link,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material'
import PersonRemoveOutlined from '@mui/icons-material/PersonRemoveOutlined'
import TourOutlined from '@mui/icons-material/TourOutlined'
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink } from 'react-router'
import { guideRoles } from '../../../../shared/trips/trip.schema'
import type { GuideRole, TripKind } from '../../../../shared/trips/trip.schema'
import type { GuideView, TripDetail, TripGuideView } from '../../../../shared/trips/trip.types'
import { api, unwrap } from '../../api/client'
import { useQuery } from '../../api/hooks'
import { useFormErrors } from '../../components/useFormErrors'
import { ConfirmDialog } from '../../customers/profile/ConfirmDialog'
import { useFormat } from '../../format/format'
import { checkText } from './checkText'
import { useCaseParam } from '../../complaints/CaseContext'
import { SwapGuideButton } from '../../complaints/SwapGuideDialog'

export const roleColor: Record<GuideRole, { bg: string; fg: string }> = {
  national_escort: { bg: '#e8eaf6', fg: '#283593' },
  local_guide: { bg: '#e0f2f1', fg: '#00695c' },
  tour_leader: { bg: '#fff3e0', fg: '#bf5b00' },
}

const defaultRole: Record<TripKind, GuideRole> = {
  domestic: 'national_escort',
  outbound: 'tour_leader',
  hmt: 'tour_leader',
}

export function RoleChip({ role }: { role: GuideRole }) {
  const { t } = useTranslation('tripPage')
  return (
    <Chip
      size="small"
      label={t(`role.${role}`)}
      sx={{ bgcolor: roleColor[role].bg, color: roleColor[role].fg, fontWeight: 600, minWidth: 88 }}
    />
  )
}

/** Guides on the trip with their role; add one (those who can take the role are offered first). */
export function GuidesSection({
  trip,
  reload,
  notify,
}: {
  trip: TripDetail
  reload: () => void
  notify: (s: string) => void
}) {
  const { t } = useTranslation('tripPage')
  const { t: tr } = useTranslation()
  const f = useFormat()
  const errors = useFormErrors()
  const complaintId = useCaseParam()
  const [role, setRole] = useState<GuideRole>(defaultRole[trip.kind])
  const [guide, setGuide] = useState<GuideView | null>(null)
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [removing, setRemoving] = useState<{ open: boolean; g: TripGuideView | null }>({
    open: false,
    g: null,
  })
  const q = text.trim()
  const found = useQuery(() => api.guides.list({ q }), [q], ['guide'])
  // a double booking or an expiring licence shows on the guide's row too
  const checks = useQuery(
    () => api.trips.checks({ id: trip.id }),
    [trip.id, trip.updatedAt, trip.guides.map((g) => g.id).join(',')],
    ['trip', 'guide'],
  )
  const warningsOf = (assignmentId: number) =>
    (checks.data ?? []).filter((w) => w.target.section === 'guides' && w.target.id === assignmentId)
  const taken = new Set(trip.guides.filter((g) => g.role === role).map((g) => g.guide.id))
  const canTake = (g: GuideView) => g.roles.includes(role)
  const options = (found.data ?? [])
    .filter((g) => g.active && !taken.has(g.id))
    .sort((a, b) => Number(canTake(b)) - Number(canTake(a)))
  const expiresEarly = (g: GuideView) => !!g.licenceExpiry && g.licenceExpiry < trip.returnDate

  const assign = async () => {
    if (!guide) {
      errors.setFields({ guideId: tr('errors:required') })
      return
    }
    setBusy(true)
    const ok = await errors.capture(() =>
      unwrap(api.trips.assignGuide({ tripId: trip.id, guideId: guide.id, role })),
    )
    setBusy(false)
    if (ok) {
      notify(t('guides.assigned', { name: guide.name, role: t(`role.${role}`) }))
      setGuide(null)
      setText('')
      reload()
    }
  }

  return (
    <Paper sx={{ p: 2, mb: 2 }} data-testid="guides-section">
      <Typography variant="subtitle1" sx={{ fontWeight: 700, mb: 1 }}>
        {t('guides.title')}
      </Typography>
      {trip.guides.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 1 }} data-testid="guides-empty">
          {t('guides.empty')}
        </Typography>
      ) : (
        <Box sx={{ mb: 1 }}>
          {trip.guides.map((g) => (
            <Box
              key={g.id}
              sx={{ py: 1, borderBottom: '1px solid #eef1f1' }}
              data-testid={`trip-guide-${g.id}`}
            >
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
                <RoleChip role={g.role} />
                <Link
                  component={RouterLink}
                  to={`/guides/${g.guide.id}`}
                  sx={{ fontWeight: 600, minWidth: 90 }}
                >
                  {g.guide.name}
                </Link>
                <Typography variant="body2" color="text.secondary" sx={{ minWidth: 110 }}>
                  {g.guide.mobile ?? ''}
                </Typography>
                <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
                  {g.guide.licenceNo ? t('guides.licence', { no: g.guide.licenceNo }) : ''}
                </Typography>
                {complaintId && (
                  <SwapGuideButton
                    g={g}
                    complaintId={complaintId}
                    onDone={(name) => {
                      notify(t('guides.assigned', { name, role: t(`role.${g.role}`) }))
                      reload()
                    }}
                  />
                )}
                <Tooltip title={t('guides.unassign')}>
                  <IconButton
                    onClick={() => setRemoving({ open: true, g })}
                    data-testid={`trip-guide-remove-${g.id}`}
                  >
                    <PersonRemoveOutlined fontSize="small" />
                  </IconButton>
                </Tooltip>
              </Stack>
              {warningsOf(g.id).map((w, i) => (
                <Stack
                  key={i}
                  direction="row"
                  spacing={0.75}
                  sx={{
                    alignItems: 'center',
                    mt: 0.5,
                    color: w.severity === 'error' ? 'error.main' : 'warning.dark',
                  }}
                  data-testid={`trip-guide-warning-${g.id}`}
                >
                  <WarningAmberOutlined sx={{ fontSize: 18 }} />
                  <Typography variant="body2">{checkText(tr, w, f.date)}</Typography>
                </Stack>
              ))}
            </Box>
          ))}
        </Box>
      )}
      {errors.form && (
        <Alert severity="error" sx={{ my: 1 }} data-testid="guide-assign-error">
          {errors.form}
        </Alert>
      )}
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start', mt: 1.5 }}>
        <TextField
          select
          label={t('guides.role')}
          value={role}
          onChange={(e) => setRole(e.target.value as GuideRole)}
          sx={{ width: 160 }}
          slotProps={{ htmlInput: { 'data-testid': 'guide-role' } }}
        >
          {guideRoles.map((r) => (
            <MenuItem key={r} value={r}>
              {t(`role.${r}`)}
            </MenuItem>
          ))}
        </TextField>
        <Autocomplete<GuideView>
          sx={{ width: 360 }}
          options={options}
          value={guide}
          onChange={(_e, v) => setGuide(v)}
          inputValue={text}
          onInputChange={(_e, v) => setText(v)}
          filterOptions={(x) => x}
          groupBy={(g) =>
            canTake(g) ? t('guides.canTake', { role: t(`role.${role}`) }) : t('guides.others')
          }
          getOptionLabel={(g) => g.name}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          noOptionsText={t('guides.noMatch')}
          renderOption={({ key, ...props }, g) => (
            <Box component="li" key={key} {...props} data-testid={`guide-option-${g.id}`}>
              <Box>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {g.name}
                  <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                    {[
                      g.roles.map((r) => t(`role.${r}`)).join('/'),
                      g.languages.join(t('common:listSeparator')),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography>
                </Typography>
                {expiresEarly(g) && (
                  <Typography variant="caption" color="warning.dark">
                    {t('guides.licenceExpires', { date: f.date(g.licenceExpiry) })}
                  </Typography>
                )}
              </Box>
            </Box>
          )}
          renderInput={(p) => (
            <TextField
              {...p}
              label={t('guides.guide')}
              placeholder={t('guides.searchPlaceholder')}
              {...errors.fieldProps('guideId')}
              slotProps={{
                ...p.slotProps,
                htmlInput: { ...p.slotProps.htmlInput, 'data-testid': 'guide-search' },
              }}
            />
          )}
        />
        <Button
          variant="contained"
          startIcon={<TourOutlined />}
          onClick={assign}
          disabled={busy}
          data-testid="guide-assign"
          sx={{ height: 40 }}
        >
          {t('guides.assign')}
        </Button>
      </Stack>
      <ConfirmDialog
        open={removing.open}
        title={t('guides.unassignTitle')}
        text={t('guides.unassignText', {
          name: removing.g?.guide.name ?? '',
          role: removing.g ? t(`role.${removing.g.role}`) : '',
        })}
        confirmLabel={tr('actions.remove')}
        testId="guide-unassign-confirm"
        onClose={() => setRemoving((s) => ({ ...s, open: false }))}
        onConfirm={async () => {
          await unwrap(api.trips.unassignGuide({ id: removing.g!.id }))
          reload()
        }}
      />
    </Paper>
  )
}
