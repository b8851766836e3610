import {
  Alert,
  Box,
  Button,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material'
import { useEffect, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { SheetEntry } from '../../../shared/feedback/feedback.types'
import { api, unwrap } from '../api/client'
import { useFormErrors } from '../components/useFormErrors'
import { GuardedCancel, GuardedDialog } from '../components/GuardedDialog'
import { pressKey } from './entryKeys'
import type { KeyState } from './entryKeys'
import { useFeedbackLabels } from './labels'
import { Options, valueText } from './SheetEntryParts'

/**
 * Keying a returned sheet with the keyboard alone (see entryKeys.ts). In "enter" mode Enter saves and
 * opens the trip's next sheet; in "verify" mode the sheet is keyed a second time and main compares.
 */
export function SheetEntryDialog({
  sheetId,
  mode,
  onClose,
}: {
  sheetId: number
  mode: 'enter' | 'verify'
  onClose: () => void
}) {
  const { t } = useTranslation('feedback')
  const errors = useFormErrors()
  const [id, setId] = useState(sheetId)
  const [entry, setEntry] = useState<SheetEntry | null>(null)
  const [keys, setKeys] = useState<KeyState>({ answers: {}, cursor: 0, pendingOne: false })
  const [comment, setComment] = useState('')
  const [notice, setNotice] = useState<{ text: string; severity: 'success' | 'warning' | 'info' } | null>(
    null,
  )
  const [diffs, setDiffs] = useState<string[] | null>(null)
  const [saving, setSaving] = useState(false)
  const box = useRef<HTMLDivElement>(null)
  const labels = useFeedbackLabels(entry?.items)
  // what the sheet held when it opened (or was last saved or verified): keying that differs from it is
  // typing that Escape or a click beside the dialog must not drop unasked
  const [baseline, setBaseline] = useState<string | null>(null)
  const snapshot = JSON.stringify({ a: keys.answers, c: comment })
  const dirty = baseline !== null && baseline !== snapshot

  useEffect(() => {
    let live = true
    void errors
      .capture(() => unwrap(api.feedback.get({ id })))
      .then((e) => {
        if (!live || !e) return
        setEntry(e)
        const answers = mode === 'enter' ? e.answers : {}
        const typed = mode === 'enter' ? (e.comment ?? '') : ''
        setKeys({ answers, cursor: 0, pendingOne: false })
        setComment(typed)
        setBaseline(JSON.stringify({ a: answers, c: typed }))
        setDiffs(null)
        box.current?.focus()
      })
    return () => {
      live = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, mode])

  useEffect(() => {
    box.current?.querySelector(`[data-cursor="true"]`)?.scrollIntoView({ block: 'nearest' })
  }, [keys.cursor])

  const save = async () => {
    if (!entry || saving) return
    setSaving(true)
    const c = comment.trim() || null
    if (mode === 'verify') {
      const r = await errors.capture(() =>
        unwrap(api.feedback.verify({ id: entry.id, answers: keys.answers, comment: c })),
      )
      setSaving(false)
      if (!r) return
      if (r.verified) {
        setBaseline(snapshot)
        setDiffs(null)
        setNotice({ text: t('entry.verified', { code: entry.code }), severity: 'success' })
      } else {
        const show = (v: number | null, key: string) => valueText(entry, key, v)
        setDiffs([
          ...r.differences.map((d) =>
            t('entry.differenceRow', {
              item: labels.shortItem(d.key),
              stored: show(d.stored, d.key),
              keyed: show(d.keyed, d.key),
            }),
          ),
          ...(r.commentDiffers ? [t('entry.commentDiffers')] : []),
        ])
      }
      return
    }
    const r = await errors.capture(() =>
      unwrap(api.feedback.enter({ id: entry.id, version: entry.version, answers: keys.answers, comment: c })),
    )
    setSaving(false)
    if (!r) return
    const alert = r.followUpId !== null || r.low.length > 0 || r.problems.length > 0
    setNotice(
      r.followUpId !== null
        ? {
            text: t('entry.savedAlert', {
              code: entry.code,
              owner: t('entry.tripOwner'),
              low: r.low.length,
              problems: r.problems.length,
            }),
            severity: 'warning',
          }
        : { text: t('entry.saved', { code: entry.code }), severity: alert ? 'warning' : 'success' },
    )
    if (entry.nextId !== null) setId(entry.nextId)
    else {
      setBaseline(snapshot)
      setEntry({ ...entry, version: r.version, status: 'entered' })
      setNotice((n) => (n ? { ...n, text: `${n.text} · ${t('entry.last')}` } : n))
    }
  }

  const onKey = (e: KeyboardEvent) => {
    if (!entry || e.target !== box.current) return
    const r = pressKey(entry.items, entry.levels.length, keys, e.key)
    if (!r) return
    e.preventDefault()
    setKeys(r.state)
    if (r.save) void save()
  }

  const textKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault()
      void save()
    } else if (e.key === 'Backspace' && comment === '') {
      e.preventDefault()
      setKeys((k) => ({ ...k, cursor: Math.max(0, k.cursor - 1) }))
      box.current?.focus()
    }
  }

  return (
    <GuardedDialog
      open
      dirty={dirty}
      busy={saving}
      onClose={onClose}
      maxWidth="md"
      fullWidth
      data-testid="entry-dialog"
    >
      <DialogTitle sx={{ pb: 1 }}>
        <span data-testid="entry-code">
          {entry ? t(mode === 'verify' ? 'entry.verifyTitle' : 'entry.title', { code: entry.code }) : ''}
        </span>
        {entry?.name && (
          <Typography component="span" sx={{ ml: 2, fontWeight: 700 }} data-testid="entry-name">
            {entry.name}
          </Typography>
        )}
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {t('entry.keys', { levels: entry?.levels.length ?? 4 })}
        </Typography>
      </DialogTitle>
      <DialogContent dividers sx={{ p: 0 }}>
        {notice && (
          <Alert severity={notice.severity} sx={{ borderRadius: 0 }} data-testid="entry-notice">
            {notice.text}
          </Alert>
        )}
        {errors.form && (
          <Alert severity="error" sx={{ borderRadius: 0 }} data-testid="entry-error">
            {errors.form}
          </Alert>
        )}
        {diffs && (
          <Alert severity="error" sx={{ borderRadius: 0 }} data-testid="entry-differences">
            {t('entry.differences', { count: diffs.length })}
            {diffs.map((d) => (
              <div key={d}>{d}</div>
            ))}
          </Alert>
        )}
        <Box
          ref={box}
          tabIndex={0}
          onKeyDown={onKey}
          sx={{ outline: 'none', maxHeight: '60vh', overflowY: 'auto', px: 2, py: 1 }}
          data-testid="entry-keys"
        >
          {entry?.items.map((item, i) => {
            const here = keys.cursor === i
            const value = keys.answers[item.key]
            return (
              <Stack
                key={`${entry.id}-${item.key}`}
                direction="row"
                data-cursor={here ? 'true' : 'false'}
                data-testid={`entry-item-${item.key}`}
                data-value={value === undefined ? '' : value === null ? 'none' : String(value)}
                onClick={() => {
                  setKeys((k) => ({ ...k, cursor: i, pendingOne: false }))
                  if (item.kind !== 'text') box.current?.focus()
                }}
                sx={{
                  alignItems: 'center',
                  gap: 1,
                  py: 0.5,
                  px: 1,
                  borderRadius: 1,
                  bgcolor: here ? 'action.selected' : undefined,
                  outline: here ? '2px solid' : 'none',
                  outlineColor: 'primary.main',
                  cursor: 'pointer',
                }}
              >
                <Typography sx={{ width: 24, color: 'text.secondary' }}>{i + 1}</Typography>
                <Typography sx={{ flex: '0 0 38%', fontWeight: here ? 700 : 400 }}>
                  {labels.item(item.key)}
                </Typography>
                {item.kind === 'text' ? (
                  here ? (
                    <TextField
                      autoFocus
                      fullWidth
                      size="small"
                      multiline
                      maxRows={3}
                      value={comment}
                      onChange={(e) => setComment(e.target.value)}
                      onKeyDown={textKey}
                      placeholder={t('entry.remarksHint')}
                      slotProps={{ htmlInput: { 'data-testid': 'entry-comment', maxLength: 2000 } }}
                    />
                  ) : (
                    <Typography variant="body2" color="text.secondary" noWrap>
                      {comment}
                    </Typography>
                  )
                ) : (
                  <Options entry={entry} item={item} value={value} levelLabel={labels.level} />
                )}
              </Stack>
            )
          })}
        </Box>
      </DialogContent>
      <DialogActions>
        <GuardedCancel data-testid="entry-close">{t('entry.close')}</GuardedCancel>
        <Button
          variant="contained"
          onClick={() => void save()}
          disabled={!entry || saving}
          data-testid="entry-save"
        >
          {t('entry.save')}
        </Button>
      </DialogActions>
    </GuardedDialog>
  )
}
