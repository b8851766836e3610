import { Box, Paper, Stack, Typography } from '@mui/material'
import { useEffect, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { ReminderLists, ReminderView } from '../../../shared/reminders/reminder.types'
import { ReminderRow } from './ReminderRow'
import { subjectLink } from './reminderLinks'
import { flatRows, groupReminders, nextSelection } from './reminderGroups'
import type { Bucket } from './reminderGroups'
import type { ReminderActions } from './useReminderActions'

const bucketColor: Record<Bucket, string> = {
  overdue: 'error.main',
  today: 'primary.main',
  upcoming: 'text.secondary',
}

/**
 * Overdue, today and upcoming reminders, each grouped by kind, as one keyboard list: ↑/↓ select,
 * D completes, S snoozes, G opens the greeting, Enter opens the customer or trip. After a reminder
 * is handled the selection moves to the next one, so a run of calls is worked through from the keys.
 * Not a listbox: a row holds buttons and a link, and the buckets have headings, neither of which an
 * option or a listbox may contain. So the board is a named region of plain lists (one per kind) whose
 * rows take the focus in turn; the selected row says so with aria-current.
 */
export function ReminderBoard({
  lists,
  actions,
  showAssignee,
}: {
  lists: ReminderLists
  actions: ReminderActions
  showAssignee: boolean
}) {
  const { t } = useTranslation('reminders')
  const navigate = useNavigate()
  const groups = groupReminders(lists)
  const rows = flatRows(groups)
  const [selected, setSelected] = useState<number | null>(null)
  const [seen, setSeen] = useState<ReminderView[]>(rows)
  const rowRefs = useRef(new Map<number, HTMLDivElement>())
  const listRef = useRef<HTMLDivElement>(null)

  // a new answer from main: keep the place in the list (adjusting state while rendering, as React advises)
  if (seen !== rows && JSON.stringify(seen.map((r) => r.id)) !== JSON.stringify(rows.map((r) => r.id))) {
    setSeen(rows)
    setSelected(nextSelection(seen, rows, selected))
  }
  const current = rows.find((r) => r.id === selected) ?? null

  // focus follows the selection while the list has it, so the page scrolls to the selected row
  useEffect(() => {
    if (current && listRef.current?.contains(document.activeElement)) rowRefs.current.get(current.id)?.focus()
  }, [current])

  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || actions.busy || !rows.length) return
    const at = current ? rows.indexOf(current) : -1
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key
    const move = (i: number) => {
      const r = rows[Math.max(0, Math.min(rows.length - 1, i))]
      setSelected(r.id)
      rowRefs.current.get(r.id)?.focus()
    }
    if (key === 'ArrowDown') move(at + 1)
    else if (key === 'ArrowUp') move(at - 1)
    else if (key === 'Home') move(0)
    else if (key === 'End') move(rows.length - 1)
    else if (!current) return
    else if (key === 'd') actions.complete(current)
    else if (key === 's') {
      const anchor = rowRefs.current
        .get(current.id)
        ?.querySelector<HTMLElement>('[data-testid="reminder-snooze"]')
      if (anchor) actions.snooze(current, anchor)
    } else if (key === 'g' && current.greeting) actions.greeting(current)
    else if (key === 'Enter') {
      const link = subjectLink(current)
      if (link) navigate(link)
    } else return
    e.preventDefault()
  }

  return (
    <Stack
      spacing={2}
      ref={listRef}
      role="region"
      aria-label={t('home.title')}
      onKeyDown={onKey}
      onFocus={() => {
        if (!current && rows.length) setSelected(rows[0].id)
      }}
      tabIndex={current ? -1 : 0}
      sx={{ outline: 'none' }}
      data-testid="reminder-board"
    >
      {groups.map((b) => (
        <Paper key={b.bucket} sx={{ p: 2 }} data-testid={`bucket-${b.bucket}`}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', mb: 1 }}>
            <Typography variant="subtitle1" sx={{ fontWeight: 700, color: bucketColor[b.bucket] }}>
              {t(`bucket.${b.bucket}`)}
            </Typography>
            <Typography variant="body2" color="text.secondary" data-testid={`bucket-${b.bucket}-count`}>
              {b.count}
            </Typography>
          </Stack>
          {b.count === 0 && (
            <Typography variant="body2" color="text.secondary" sx={{ py: 0.5 }}>
              {t(`bucket.empty.${b.bucket}`)}
            </Typography>
          )}
          {b.groups.map((g) => (
            <Box key={g.kind} sx={{ mb: 1 }} data-testid={`group-${g.kind}`}>
              <Typography
                variant="caption"
                sx={{ display: 'block', color: 'text.secondary', fontWeight: 600, px: 1.5, mt: 0.5 }}
              >
                {t(`kind.${g.kind}`)} · {g.rows.length}
              </Typography>
              <Box role="list" aria-label={`${t(`bucket.${b.bucket}`)} · ${t(`kind.${g.kind}`)}`}>
                {g.rows.map((r) => (
                  <ReminderRow
                    key={r.id}
                    ref={(el) => {
                      if (el) rowRefs.current.set(r.id, el)
                      else rowRefs.current.delete(r.id)
                    }}
                    reminder={r}
                    actions={actions}
                    selected={current?.id === r.id}
                    showAssignee={showAssignee}
                    showDue={b.bucket !== 'today'}
                    onSelect={() => setSelected(r.id)}
                  />
                ))}
              </Box>
            </Box>
          ))}
        </Paper>
      ))}
    </Stack>
  )
}
