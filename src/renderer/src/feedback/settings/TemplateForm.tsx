import { Alert, Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FeedbackTemplateView } from '../../../../shared/feedback/feedback.types'
import type { FeedbackItem, FeedbackLevel, TemplateBody } from '../../../../shared/feedback/template'
import { api, unwrap } from '../../api/client'
import { useQuery } from '../../api/hooks'
import { useFormErrors } from '../../components/useFormErrors'
import { useFeedbackLabels } from '../labels'
import { scales } from './scales'
import { ItemRow, LevelBox } from './TemplateParts'

/**
 * The form's template: scale, items, their order and the trip kinds they apply to. Saving makes a new
 * version; sheets already printed keep theirs, so past scores never change.
 */
export function TemplateForm({ canEdit, onDone }: { canEdit: boolean; onDone: (m: string) => void }) {
  const { t } = useTranslation('feedback')
  const q = useQuery<FeedbackTemplateView>(() => api.feedback.template({}), [], ['feedback'])
  const errors = useFormErrors()
  // the edits in progress, for the version they started from: a newer version (saved here or on
  // another desk) starts the editor afresh from it
  const [edit, setEdit] = useState<{ basedOn: number; body: TemplateBody } | null>(null)
  const [newLabel, setNewLabel] = useState('')
  const [newKind, setNewKind] = useState<'rating' | 'yesno'>('rating')
  const base = q.data
  const draft = base ? (edit?.basedOn === base.id ? edit.body : base.body) : null
  const labels = useFeedbackLabels(draft?.items)
  if (!draft || !base) return null
  const setDraft = (body: TemplateBody) => setEdit({ basedOn: base.id, body })

  const setItems = (items: FeedbackItem[]) => setDraft({ ...draft, items })
  const setLevel = (i: number, l: Partial<FeedbackLevel>) =>
    setDraft({ ...draft, levels: draft.levels.map((x, j) => (j === i ? { ...x, ...l } : x)) })
  const add = () => {
    const label = newLabel.trim()
    if (!label) return
    // a key never used before: scores group by key across versions
    let n = draft.items.length + 1
    while (draft.items.some((i) => i.key === `custom_${n}`)) n++
    const item: FeedbackItem = {
      key: `custom_${n}`,
      kind: newKind,
      builtin: false,
      label,
      tripKinds: [],
      problem: newKind === 'yesno' ? 'yes' : null,
    }
    setItems([...draft.items, item])
    setNewLabel('')
  }
  const save = async () => {
    const r = await errors.capture(() => unwrap(api.feedback.saveTemplate({ basedOn: base.id, body: draft })))
    if (r) onDone(t('settings.templateSaved', { version: r.versionNo }))
  }

  return (
    <Stack spacing={2} data-testid="feedback-template">
      <Typography variant="body2" color="text.secondary">
        {t('settings.version', { version: base.versionNo })}
      </Typography>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <TextField
          select
          size="small"
          label={t('settings.levels')}
          value={draft.levels.length}
          disabled={!canEdit}
          onChange={(e) => setDraft({ ...draft, levels: scales[Number(e.target.value)] })}
          sx={{ width: 120 }}
        >
          {[3, 4, 5].map((n) => (
            <MenuItem key={n} value={n}>
              {n}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          type="number"
          label={t('settings.lowScore')}
          value={draft.lowScore}
          disabled={!canEdit}
          onChange={(e) => setDraft({ ...draft, lowScore: Number(e.target.value) })}
          sx={{ width: 170 }}
        />
      </Stack>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        {draft.levels.map((l, i) => (
          <LevelBox
            key={i}
            n={i + 1}
            level={l}
            label={labels.level(l)}
            canEdit={canEdit}
            onChange={(x) => setLevel(i, x)}
          />
        ))}
      </Stack>
      <Box>
        {draft.items.map((it, i) => (
          <ItemRow
            key={it.key}
            index={i}
            count={draft.items.length}
            item={it}
            label={labels.item(it.key)}
            canEdit={canEdit}
            onChange={(x) => setItems(draft.items.map((y, j) => (j === i ? x : y)))}
            onMove={(d) => {
              const items = [...draft.items]
              ;[items[i], items[i + d]] = [items[i + d], items[i]]
              setItems(items)
            }}
            onRemove={() => setItems(draft.items.filter((_, j) => j !== i))}
          />
        ))}
      </Box>
      {canEdit && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField
            size="small"
            label={t('settings.newItem')}
            value={newLabel}
            onChange={(e) => setNewLabel(e.target.value)}
            sx={{ flexGrow: 1 }}
          />
          <TextField
            select
            size="small"
            label={t('settings.kind')}
            value={newKind}
            onChange={(e) => setNewKind(e.target.value as 'rating' | 'yesno')}
            sx={{ width: 130 }}
          >
            <MenuItem value="rating">{t('settings.kinds.rating')}</MenuItem>
            <MenuItem value="yesno">{t('settings.kinds.yesno')}</MenuItem>
          </TextField>
          <Button onClick={add}>{t('settings.add')}</Button>
        </Stack>
      )}
      {errors.form && <Alert severity="error">{errors.form}</Alert>}
      {canEdit && (
        <Button
          variant="contained"
          onClick={() => void save()}
          sx={{ alignSelf: 'flex-start' }}
          data-testid="template-save"
        >
          {t('settings.saveTemplate')}
        </Button>
      )}
    </Stack>
  )
}
