import { Box, Button, Link, Paper, Stack, TextField, Typography } from '@mui/material'
import AddOutlined from '@mui/icons-material/AddOutlined'
import { useState } from 'react'
import type { DragEvent, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ItineraryDay } from '../../../../shared/trips/trip.types'
import { api } from '../../api/client'
import { msgText } from '../../components/useFormErrors'
import { useDayLabel } from './parts'
import { forCase, useCaseParam } from '../../complaints/CaseContext'

/**
 * The day's title, edited in place: saved on Enter or when leaving the field, Esc undoes. Saved
 * against the version it was loaded with; when another desk saved first, the message offers a
 * reload (the field is re-created from the trip main sends back).
 */
function DayTitle({ tripId, day, onSaved }: { tripId: number; day: ItineraryDay; onSaved: () => void }) {
  const { t } = useTranslation('tripPage')
  const { t: tr } = useTranslation()
  const complaintId = useCaseParam()
  // the title and version the draft was started from: a save checks that version
  const [base, setBase] = useState({ title: day.title, version: day.titleVersion })
  const [draft, setDraft] = useState(day.title ?? '')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [stale, setStale] = useState(false)
  // another window's save arrives while the field is untouched: show it; while the clerk is typing,
  // keep their draft (its save will answer STALE and offer the reload)
  const dirty = draft.trim() !== (base.title ?? '')
  if (!dirty && (day.title !== base.title || day.titleVersion !== base.version)) {
    setBase({ title: day.title, version: day.titleVersion })
    setDraft(day.title ?? '')
  }
  const reload = () => {
    setBase({ title: day.title, version: day.titleVersion })
    setDraft(day.title ?? '')
    setError(null)
    setStale(false)
    onSaved()
  }

  const save = async () => {
    const title = draft.trim()
    if (title === (base.title ?? '')) return
    setBusy(true)
    const r = await api.trips.setDayTitle({
      tripId,
      dayNo: day.dayNo,
      version: base.version,
      title: title || null,
      ...forCase(complaintId),
    })
    setBusy(false)
    if (r.ok) {
      setBase({ title: title || null, version: r.value.version })
      setDraft(title)
      setError(null)
      onSaved()
    } else {
      setStale(r.error.code === 'STALE')
      setError(msgText(tr, r.error.fields?.title ?? r.error.msg))
    }
  }

  return (
    <TextField
      variant="standard"
      value={draft}
      disabled={busy}
      placeholder={t('itinerary.dayTitlePlaceholder')}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') (e.target as HTMLInputElement).blur()
        if (e.key === 'Escape') {
          setDraft(base.title ?? '')
          setError(null)
          setStale(false)
        }
      }}
      error={!!error}
      helperText={
        error && (
          <>
            {error}
            {stale && (
              <Link
                component="button"
                type="button"
                // keep the field's blur from saving the same stale draft again on the way
                onMouseDown={(e) => e.preventDefault()}
                onClick={reload}
                sx={{ ml: 1, verticalAlign: 'baseline' }}
                data-testid={`day-title-reload-${day.dayNo}`}
              >
                {t('itinerary.reload')}
              </Link>
            )}
          </>
        )
      }
      slotProps={{
        htmlInput: {
          'data-testid': `day-title-${day.dayNo}`,
          'aria-label': t('itinerary.dayTitle', { n: day.dayNo }),
        },
        input: { disableUnderline: !error, sx: { fontSize: 17, fontWeight: 700 } },
      }}
      sx={{
        flexGrow: 1,
        '& .MuiInputBase-root': { borderRadius: 1, px: 1, '&:hover': { bgcolor: '#f1f4f4' } },
        '& .Mui-focused': { bgcolor: '#f1f4f4' },
        '& input::placeholder': { fontWeight: 400, fontSize: 15, color: 'text.secondary', opacity: 0.7 },
      }}
    />
  )
}

/** One day of the itinerary: number, date, editable title, then its items in order. */
export function DayCard({
  tripId,
  day,
  onAdd,
  onTitleSaved,
  dropAtEnd,
  onDragOverEnd,
  onDropEnd,
  children,
}: {
  tripId: number
  day: ItineraryDay
  onAdd: () => void
  onTitleSaved: () => void
  dropAtEnd: boolean
  onDragOverEnd: (e: DragEvent) => void
  onDropEnd: (e: DragEvent) => void
  children: ReactNode
}) {
  const { t } = useTranslation('tripPage')
  const dl = useDayLabel()
  const empty = day.items.length === 0
  return (
    <Paper sx={{ mb: 2, overflow: 'hidden' }} data-testid={`day-${day.dayNo}`}>
      <Stack
        direction="row"
        spacing={2}
        sx={{ alignItems: 'center', px: 2, py: 1.25, bgcolor: '#f7f9f9', borderBottom: '1px solid #e0e4e4' }}
      >
        <Box
          sx={{
            bgcolor: 'primary.main',
            color: '#fff',
            borderRadius: 1,
            px: 1.25,
            py: 0.5,
            fontWeight: 700,
            minWidth: 44,
            textAlign: 'center',
          }}
        >
          D{day.dayNo}
        </Box>
        <Box sx={{ minWidth: 92 }}>
          <Typography variant="body2" sx={{ fontWeight: 600, lineHeight: 1.3 }}>
            {dl.monthDay(day.date)}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {dl.weekday(day.date)}
          </Typography>
        </Box>
        <DayTitle key={day.dayNo} tripId={tripId} day={day} onSaved={onTitleSaved} />
        <Button
          startIcon={<AddOutlined />}
          onClick={onAdd}
          sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
          data-testid={`day-add-${day.dayNo}`}
        >
          {t('itinerary.addItem')}
        </Button>
      </Stack>
      <Box sx={{ px: 1, py: 1 }}>
        {/* a list holds only its items: the drop zone and the empty-day note sit after it */}
        <Box role="list">{children}</Box>
        <Box
          onDragOver={onDragOverEnd}
          onDrop={onDropEnd}
          data-testid={`day-drop-${day.dayNo}`}
          sx={{
            minHeight: empty ? 48 : 12,
            display: 'flex',
            alignItems: 'center',
            px: 1.5,
            borderRadius: 1,
            boxShadow: dropAtEnd ? (th) => `inset 0 2px 0 ${th.palette.primary.main}` : 'none',
            bgcolor: dropAtEnd && empty ? '#e0f2f1' : 'transparent',
          }}
        >
          {empty && (
            <Typography variant="body2" color="text.secondary" data-testid={`day-empty-${day.dayNo}`}>
              {t('itinerary.emptyDay')}
            </Typography>
          )}
        </Box>
      </Box>
    </Paper>
  )
}
