import {
  Box,
  Button,
  Chip,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material'
import AddOutlined from '@mui/icons-material/AddOutlined'
import { useState } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { TripDetail } from '../../../shared/trips/trip.types'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { Section } from '../customers/profile/parts'
import { useFormat } from '../format/format'
import { ComplaintFormDialog } from './ComplaintFormDialog'
import { ClockChip, ComplaintStatusChip } from './parts'

/**
 * A customer's, group's, guide's or supplier's complaints at a glance: how many, open and closed,
 * the causes, money paid, and the latest cases. On a trip or customer, a complaint can be recorded
 * from here with the group or the customer filled in.
 */
export function ComplaintsPanel({
  of,
  id,
  trip,
  customer,
  allLink,
  extra,
}: {
  of: 'customer' | 'trip' | 'guide' | 'supplier'
  id: number
  trip?: TripDetail
  customer?: { id: number; name: string }
  /** the complaint list filtered to this subject */
  allLink?: string
  extra?: ReactNode
}) {
  const { t } = useTranslation('complaints')
  const fmt = useFormat()
  const navigate = useNavigate()
  const [creating, setCreating] = useState(false)
  const q = useQuery(() => api.complaints.summary({ of, id }), [of, id], ['complaint'])
  const s = q.data
  const canRecord = of === 'trip' || of === 'customer'
  return (
    <Section
      title={t('panel.title')}
      testId={`complaints-panel-${of}`}
      action={
        <Stack direction="row" spacing={1}>
          {allLink && s && s.count > 0 && (
            <Button size="small" onClick={() => navigate(allLink)}>
              {t('panel.all')}
            </Button>
          )}
          {canRecord && (
            <Button
              size="small"
              startIcon={<AddOutlined />}
              onClick={() => setCreating(true)}
              data-testid="complaints-panel-record"
            >
              {t('panel.record')}
            </Button>
          )}
        </Stack>
      }
    >
      {extra}
      {s && s.count === 0 && <Typography color="text.secondary">{t('panel.none')}</Typography>}
      {s && s.count > 0 && (
        <Box>
          <Stack
            direction="row"
            spacing={1}
            useFlexGap
            sx={{ flexWrap: 'wrap', mb: 1 }}
            data-testid="complaints-panel-summary"
          >
            <Chip size="small" color="primary" label={t('panel.count', { count: s.count })} />
            <Chip
              size="small"
              color={s.open ? 'warning' : 'default'}
              label={t('panel.open', { count: s.open })}
            />
            <Chip size="small" label={t('panel.closed', { count: s.closed })} />
            <Chip
              size="small"
              variant="outlined"
              label={t('panel.paid', { amount: fmt.money(s.moneyPaid) })}
              data-testid="complaints-panel-paid"
            />
          </Stack>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 1 }}>
            {s.byCause.map((b) => (
              <Chip
                key={b.cause}
                size="small"
                variant="outlined"
                label={`${t(`cause.${b.cause}`)} ${b.count}`}
              />
            ))}
          </Stack>
          <List dense disablePadding>
            {s.recent.map((r) => (
              // a list holds list items; the button sits inside one
              <ListItem key={r.id} disablePadding>
                <ListItemButton
                  onClick={() => navigate(`/complaints/${r.id}`)}
                  data-testid={`complaints-panel-row-${r.caseNo}`}
                >
                  <ListItemText
                    primary={`${r.caseNo} · ${t(`cause.${r.cause}`)}${r.complainant ? ` · ${r.complainant}` : ''}`}
                    secondary={fmt.dateTime(r.receivedAt)}
                  />
                  <Stack direction="row" spacing={1}>
                    <ComplaintStatusChip status={r.status} />
                    <ClockChip clock={r.reply} />
                  </Stack>
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        </Box>
      )}
      {creating && (
        <ComplaintFormDialog
          trip={trip}
          customer={customer}
          onClose={() => setCreating(false)}
          onCreated={(cid) => navigate(`/complaints/${cid}`)}
        />
      )}
    </Section>
  )
}
