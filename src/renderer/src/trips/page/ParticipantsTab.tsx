import { Box, Button, Paper, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material'
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined'
import GroupsOutlined from '@mui/icons-material/GroupsOutlined'
import KingBedOutlined from '@mui/icons-material/KingBedOutlined'
import ViewListOutlined from '@mui/icons-material/ViewListOutlined'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { travellerName } from '../travellerName'
import { useNavigate, useSearchParams } from 'react-router'
import type { ParticipantView } from '../../../../shared/trips/trip.types'
import { api, unwrap } from '../../api/client'
import { msgText } from '../../components/useFormErrors'
import { ConfirmDialog } from '../../customers/profile/ConfirmDialog'
import { AddParticipants } from './AddParticipants'
import { ParticipantDialog } from './ParticipantDialog'
import { ParticipantTable } from './ParticipantTable'
import { Totals } from './participantParts'
import { useNotice } from './parts'
import { RoomingBoard } from '../../rooms/RoomingBoard'
import type { TripSectionProps } from './types'
import { ExportButton } from '../../exports/ExportButton'

/** 团员与分房: who travels, their contract, room and seat; a rooming view by room number. */
export function ParticipantsTab({ trip, reload }: TripSectionProps) {
  const { t } = useTranslation('tripPage')
  const { t: tr } = useTranslation()
  const { t: te } = useTranslation('exports')
  const { t: ti } = useTranslation('imports')
  const navigate = useNavigate()
  const [notice, notify] = useNotice('participants-notice')
  const [view, setView] = useState<'list' | 'rooms'>('list')
  const [editing, setEditing] = useState<{ open: boolean; n: number; p: ParticipantView | null }>({
    open: false,
    n: 0,
    p: null,
  })
  const [removing, setRemoving] = useState<{ open: boolean; p: ParticipantView | null }>({
    open: false,
    p: null,
  })
  const ps = trip.participants

  // a check's "show" link names a participant: scroll to the row and mark it
  const [params] = useSearchParams()
  const focus = Number(params.get('participant')) || null
  const shown = focus != null && ps.some((p) => p.id === focus) ? focus : null
  useEffect(() => {
    if (shown != null) document.getElementById(`participant-${shown}`)?.scrollIntoView({ block: 'center' })
  }, [shown])

  const edit = (p: ParticipantView) => setEditing((s) => ({ open: true, n: s.n + 1, p }))
  const toggleRepresentative = async (p: ParticipantView) => {
    const { id: _id, version, customer: _c, ...fields } = p
    const r = await api.trips.updateParticipant({
      ...fields,
      id: p.id,
      version,
      representative: !p.representative,
    })
    if (!r.ok) notify(msgText(tr, r.error.msg), 'error')
    reload()
  }

  return (
    <Box data-testid="participants-tab">
      <Paper sx={{ p: 2, mb: 2 }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Box sx={{ flexGrow: 1, minWidth: 0 }}>
            <Typography variant="subtitle1" sx={{ fontWeight: 700 }}>
              {t('participants.title')}
            </Typography>
            <Totals trip={trip} />
          </Box>
          {ps.length > 0 && (
            <ExportButton
              testId="participants-export"
              idNumbers
              lists={[
                { value: 'insurer', label: te('insurer') },
                { value: 'operator', label: te('operator') },
              ]}
              onExport={(c) =>
                api.exports.participants({
                  tripId: trip.id,
                  audience: c.list === 'operator' ? 'operator' : 'insurer',
                  format: c.format,
                  lang: c.lang,
                  fullIdNumbers: c.list === 'operator' ? false : c.fullIdNumbers,
                })
              }
            />
          )}
          <Button
            startIcon={<UploadFileOutlined />}
            onClick={() => navigate(`/trips/${trip.id}/import`)}
            data-testid="participants-import"
          >
            {ti('targets.participants.open')}
          </Button>
          <AddParticipants
            trip={trip}
            onAdded={(count) => {
              notify(t('participants.added', { count }))
              reload()
            }}
            onError={(text) => notify(text, 'error')}
          />
          <ToggleButtonGroup
            size="small"
            exclusive
            value={view}
            onChange={(_e, v) => v && setView(v)}
            aria-label={t('participants.view')}
          >
            <ToggleButton value="list" data-testid="participants-view-list">
              <ViewListOutlined fontSize="small" sx={{ mr: 0.5 }} />
              {t('participants.viewList')}
            </ToggleButton>
            <ToggleButton value="rooms" data-testid="participants-view-rooms">
              <KingBedOutlined fontSize="small" sx={{ mr: 0.5 }} />
              {t('participants.viewRooms')}
            </ToggleButton>
          </ToggleButtonGroup>
        </Stack>
      </Paper>
      {ps.length === 0 ? (
        <Paper sx={{ p: 5, textAlign: 'center' }} data-testid="participants-empty">
          <GroupsOutlined sx={{ fontSize: 48, color: 'text.disabled' }} />
          <Typography sx={{ mt: 1, fontWeight: 600 }}>{t('participants.emptyTitle')}</Typography>
          <Typography variant="body2" color="text.secondary">
            {t('participants.emptyText')}
          </Typography>
        </Paper>
      ) : view === 'list' ? (
        <Paper sx={{ overflowX: 'auto' }}>
          <ParticipantTable
            participants={ps}
            highlight={shown}
            onEdit={edit}
            onRemove={(p) => setRemoving({ open: true, p })}
            onToggleRepresentative={(p) => void toggleRepresentative(p)}
          />
        </Paper>
      ) : (
        <RoomingBoard trip={trip} reload={reload} onEdit={edit} />
      )}
      {editing.p && (
        <ParticipantDialog
          key={editing.n}
          open={editing.open}
          participant={editing.p}
          all={ps}
          onClose={() => setEditing((s) => ({ ...s, open: false }))}
          onSaved={() => {
            setEditing((s) => ({ ...s, open: false }))
            notify(tr('saved'))
            reload()
          }}
          onReload={() => {
            setEditing((s) => ({ ...s, open: false }))
            reload()
          }}
        />
      )}
      <ConfirmDialog
        open={removing.open}
        title={t('participants.removeTitle')}
        text={t('participants.removeText', { name: removing.p ? travellerName(removing.p.customer, t) : '' })}
        confirmLabel={tr('actions.remove')}
        testId="participant-remove-confirm"
        onClose={() => setRemoving((s) => ({ ...s, open: false }))}
        onConfirm={async () => {
          await unwrap(api.trips.removeParticipant({ id: removing.p!.id }))
          reload()
        }}
      />
      {notice}
    </Box>
  )
}
