import { Box, Chip, Stack, Typography } from '@mui/material'
import KeyboardOutlined from '@mui/icons-material/KeyboardOutlined'
import { useEffect, useRef, useState } from 'react'
import type { DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ItineraryDay, ItineraryItem } from '../../../../shared/trips/trip.types'
import { api, unwrap } from '../../api/client'
import { useQuery } from '../../api/hooks'
import { msgText } from '../../components/useFormErrors'
import { ConfirmDialog } from '../../customers/profile/ConfirmDialog'
import { useFormat } from '../../format/format'
import { DayCard } from './DayCard'
import { ItemDialog } from './ItemDialog'
import { ItemRow } from './ItemRow'
import type { DropEdge } from './ItemRow'
import { KindChip } from './itemKinds'
import { dropSpot, moveLocal, sameSpot, stepSpot } from './itineraryMoves'
import type { Spot } from './itineraryMoves'
import { useDayLabel, useNotice } from './parts'
import type { TripSectionProps } from './types'
import { forCase, useCaseParam } from '../../complaints/CaseContext'

type Hint = { overId: number; edge: 'top' | 'bottom' } | { dayNo: number } | null

/** 行程: the day-by-day itinerary, edited in place. */
export function ItineraryTab({ trip, reload }: TripSectionProps) {
  const { t } = useTranslation('tripPage')
  const { t: tr } = useTranslation()
  const f = useFormat()
  const dl = useDayLabel()
  const complaintId = useCaseParam()
  const suppliers = useQuery(() => api.suppliers.list({}), [], ['supplier'])
  const [notice, notify] = useNotice('itinerary-notice')

  // a move shows at once; the trip main sends back afterwards replaces it
  const [optimistic, setOptimistic] = useState<{ base: ItineraryDay[]; days: ItineraryDay[] } | null>(null)
  const days = optimistic && optimistic.base === trip.days ? optimistic.days : trip.days

  const [dialog, setDialog] = useState<{
    open: boolean
    n: number
    dayNo: number
    item: ItineraryItem | null
  }>({ open: false, n: 0, dayNo: 1, item: null })
  const [removing, setRemoving] = useState<{ open: boolean; item: ItineraryItem | null }>({
    open: false,
    item: null,
  })
  const [drag, setDrag] = useState<number | null>(null)
  const [hint, setHint] = useState<Hint>(null)

  // keep the keyboard on the item that moved (it may have changed day, i.e. been re-mounted), until
  // main's answer is on screen; never take the focus from elsewhere (a dialog, another field)
  const showingServer = days === trip.days
  const focusId = useRef<number | null>(null)
  const tabRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (focusId.current == null) return
    const el = document.getElementById(`item-${focusId.current}`)
    const active = document.activeElement
    const free = !active || active === document.body || !!tabRef.current?.contains(active)
    if (el && free && active !== el) el.focus()
    if (showingServer) focusId.current = null
  }, [days, showingServer])

  const move = async (id: number, to: Spot, keepFocus: boolean) => {
    if (sameSpot(days, id, to)) return
    const item = days.flatMap((d) => d.items).find((x) => x.id === id)
    if (!item) return
    setOptimistic({ base: trip.days, days: moveLocal(days, id, to) })
    focusId.current = keepFocus ? id : null
    const r = await api.trips.moveItem({
      id,
      version: item.version,
      dayNo: to.dayNo,
      position: to.position,
      ...forCase(complaintId),
    })
    if (!r.ok) {
      setOptimistic(null)
      // STALE's message asks for a reload: the reload below already shows the other desk's order
      notify(msgText(tr, r.error.msg), 'error')
    }
    reload()
  }

  const copy = async (item: ItineraryItem, dayNo: number) => {
    const r = await api.trips.copyItem({ id: item.id, dayNo, ...forCase(complaintId) })
    if (r.ok) {
      notify(t('itinerary.copied', { day: `D${dayNo}` }))
      reload()
    } else notify(msgText(tr, r.error.msg), 'error')
  }

  const setHintIfNew = (h: Hint) => {
    if (JSON.stringify(h) !== JSON.stringify(hint)) setHint(h)
  }
  const endDrag = () => {
    setDrag(null)
    setHint(null)
  }
  const drop = (e: DragEvent, target: Exclude<Hint, null>) => {
    e.preventDefault()
    const id = drag
    endDrag()
    if (id == null) return
    const to = dropSpot(days, id, target)
    if (to) void move(id, to, false)
  }
  const edgeOf = (id: number): DropEdge =>
    drag != null && hint && 'overId' in hint && hint.overId === id && id !== drag ? hint.edge : null

  const items = days.flatMap((d) => d.items)
  const shopping = items.filter((i) => i.kind === 'shopping')
  const selfPaid = items.filter((i) => i.kind === 'self_paid')
  const selfPaidTotal = selfPaid.reduce((s, i) => s + (i.price ?? 0), 0)
  const dayOf = (no: number) => days.find((d) => d.dayNo === no)
  const dialogDay = dayOf(dialog.dayNo)

  return (
    <Box ref={tabRef} data-testid="itinerary-tab">
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="body2" color="text.secondary" data-testid="itinerary-summary">
          {t('itinerary.summary', {
            days: t('itinerary.dayCount', { count: days.length }),
            items: t('itinerary.itemCount', { count: items.length }),
          })}
        </Typography>
        <Stack
          direction="row"
          spacing={0.75}
          sx={{ alignItems: 'center' }}
          data-testid="itinerary-shopping-count"
        >
          <KindChip kind="shopping" />
          <Typography variant="body2">{t('itinerary.shoppingCount', { count: shopping.length })}</Typography>
        </Stack>
        <Stack
          direction="row"
          spacing={0.75}
          sx={{ alignItems: 'center' }}
          data-testid="itinerary-selfpaid-count"
        >
          <KindChip kind="self_paid" />
          <Typography variant="body2">
            {selfPaid.length
              ? t('itinerary.selfPaidCount', { count: selfPaid.length, total: f.money(selfPaidTotal) })
              : t('itinerary.selfPaidNone')}
          </Typography>
        </Stack>
        <Box sx={{ flexGrow: 1 }} />
        <Chip
          size="small"
          variant="outlined"
          icon={<KeyboardOutlined />}
          label={t('itinerary.keyboardHint')}
          sx={{ color: 'text.secondary' }}
        />
      </Stack>
      {days.map((day) => (
        <DayCard
          key={day.dayNo}
          tripId={trip.id}
          day={day}
          onAdd={() => setDialog((s) => ({ open: true, n: s.n + 1, dayNo: day.dayNo, item: null }))}
          onTitleSaved={reload}
          dropAtEnd={drag != null && !!hint && 'dayNo' in hint && hint.dayNo === day.dayNo}
          onDragOverEnd={(e) => {
            if (drag == null) return
            e.preventDefault()
            setHintIfNew({ dayNo: day.dayNo })
          }}
          onDropEnd={(e) => drop(e, { dayNo: day.dayNo })}
        >
          {day.items.map((item) => (
            <ItemRow
              key={item.id}
              item={item}
              days={days}
              canUp={!!stepSpot(days, item.id, -1)}
              canDown={!!stepSpot(days, item.id, 1)}
              dropEdge={edgeOf(item.id)}
              dragging={drag === item.id}
              onMove={(dir) => {
                const to = stepSpot(days, item.id, dir)
                if (to) void move(item.id, to, true)
              }}
              onEdit={() => setDialog((s) => ({ open: true, n: s.n + 1, dayNo: day.dayNo, item }))}
              onRemove={() => setRemoving({ open: true, item })}
              onCopy={(no) => void copy(item, no)}
              onDragStart={(e) => {
                e.dataTransfer.effectAllowed = 'move'
                e.dataTransfer.setData('text/plain', String(item.id))
                setDrag(item.id)
              }}
              onDragEnd={endDrag}
              onDragOver={(e, edge) => {
                if (drag == null) return
                e.preventDefault()
                e.dataTransfer.dropEffect = 'move'
                setHintIfNew({ overId: item.id, edge })
              }}
              onDrop={(e) => {
                if (hint && 'overId' in hint) drop(e, hint)
              }}
            />
          ))}
        </DayCard>
      ))}
      <ItemDialog
        key={dialog.n}
        open={dialog.open}
        tripId={trip.id}
        dayNo={dialog.dayNo}
        dayLabel={
          dialogDay
            ? `D${dialogDay.dayNo} · ${dl.monthDay(dialogDay.date)} ${dl.weekday(dialogDay.date)}`
            : ''
        }
        item={dialog.item}
        suppliers={(suppliers.data ?? []).filter((s) => s.active || s.id === dialog.item?.supplier?.id)}
        onClose={() => setDialog((s) => ({ ...s, open: false }))}
        onSaved={() => {
          setDialog((s) => ({ ...s, open: false }))
          notify(tr('common:saved'))
          reload()
        }}
        onReload={() => {
          setDialog((s) => ({ ...s, open: false }))
          reload()
        }}
      />
      <ConfirmDialog
        open={removing.open}
        title={t('itinerary.removeTitle')}
        text={t('itinerary.removeText', { title: removing.item?.title ?? '' })}
        confirmLabel={tr('common:actions.delete')}
        testId="item-remove-confirm"
        onClose={() => setRemoving((s) => ({ ...s, open: false }))}
        onConfirm={async () => {
          await unwrap(api.trips.removeItem({ id: removing.item!.id, ...forCase(complaintId) }))
          reload()
        }}
      />
      {notice}
    </Box>
  )
}
