import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  LinearProgress,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../api/client'
import { useQuery } from '../api/hooks'
import { msgText, useFormErrors } from '../components/useFormErrors'
import type { MergeField, MergeResult, MergeSide } from '../../../shared/duplicates/duplicates.types'
import { differingFields } from '../../../shared/duplicates/merge-rules'
import { useMergeValueText } from './mergeValueText'

type Side = 'a' | 'b'
const other = (s: Side): Side => (s === 'a' ? 'b' : 'a')

/** Empty on the kept side but filled on the other: the filled value is the likely choice. */
const blank = (v: unknown) => v == null || v === '' || v === 'unknown' || v === 'none'

interface Choice {
  keep: Side
  choice: Partial<Record<MergeField, Side>>
}

/** The file on more trips (else the older one) is the likelier keeper; an empty field takes the filled side. */
function initialChoice(data: { a: MergeSide; b: MergeSide }): Choice {
  const keep: Side =
    data.b.tripsCount > data.a.tripsCount ||
    (data.b.tripsCount === data.a.tripsCount && data.b.id < data.a.id)
      ? 'b'
      : 'a'
  const choice: Partial<Record<MergeField, Side>> = {}
  for (const f of differingFields(data.a.values, data.b.values))
    choice[f] = blank(data[keep].values[f]) && !blank(data[other(keep)].values[f]) ? other(keep) : keep
  return { keep, choice }
}

/**
 * The merge of two files: which file is kept, and for each field the two files disagree on, which
 * side's value stays. Everything else (documents, trips, communications…) is combined by main.
 */
export function MergeDialog({
  pair,
  onClose,
  onMerged,
}: {
  pair: { aId: number; bId: number } | null
  onClose: () => void
  onMerged: (r: MergeResult, mergedId: number, name: string) => void
}) {
  const { t } = useTranslation('duplicates')
  const { t: tc } = useTranslation()
  const text = useMergeValueText()
  const errors = useFormErrors()
  const q = useQuery(
    () => (pair ? api.duplicates.pair(pair) : Promise.resolve({ ok: true as const, value: null })),
    [pair?.aId, pair?.bId],
  )
  const data = q.data
  const [busy, setBusy] = useState(false)
  const fields = useMemo(() => (data ? differingFields(data.a.values, data.b.values) : []), [data])
  // the choices start from defaults for each loaded pair (a reload after STALE starts again)
  const defaults = useMemo(() => (data ? initialChoice(data) : null), [data])
  const [edited, setEdited] = useState<(Choice & { of: unknown }) | null>(null)
  const current: Choice = edited && edited.of === data ? edited : (defaults ?? { keep: 'a', choice: {} })
  const { keep, choice } = current
  const setKeep = (k: Side) => setEdited({ ...current, keep: k, of: data })
  const setChoice = (f: MergeField, s: Side) =>
    setEdited({ ...current, choice: { ...choice, [f]: s }, of: data })

  const sides: [Side, MergeSide][] = data
    ? [
        ['a', data.a],
        ['b', data.b],
      ]
    : []
  const merge = async () => {
    if (!data) return
    const kept = data[keep]
    const gone = data[other(keep)]
    setBusy(true)
    const r = await errors.capture(() =>
      unwrap(
        api.duplicates.merge({
          keepId: kept.id,
          keepVersion: kept.version,
          mergeId: gone.id,
          mergeVersion: gone.version,
          take: fields.filter((f) => (choice[f] ?? keep) !== keep),
        }),
      ),
    )
    setBusy(false)
    if (r) {
      const name = (choice.name ?? keep) === keep ? kept.values.name : gone.values.name
      onMerged(r, gone.id, name)
    } else q.reload()
  }

  return (
    <Dialog open={!!pair} onClose={onClose} maxWidth="md" fullWidth data-testid="merge-dialog">
      <DialogTitle>{t('dialog.title')}</DialogTitle>
      <DialogContent dividers>
        {!data && !q.error && <LinearProgress />}
        {q.error && <Alert severity="error">{msgText(tc, q.error.error.msg)}</Alert>}
        {errors.form && (
          <Alert severity="error" sx={{ mb: 1 }} data-testid="merge-error">
            {errors.form}
          </Alert>
        )}
        {data && (
          <>
            <Typography variant="subtitle2">{t('dialog.keep')}</Typography>
            <RadioGroup row value={keep} onChange={(e) => setKeep(e.target.value as Side)}>
              {sides.map(([s, x]) => (
                <FormControlLabel
                  key={s}
                  value={s}
                  control={<Radio size="small" />}
                  label={`${t('dialog.file', { id: x.id })} · ${x.name}`}
                  data-testid={`merge-keep-${x.id}`}
                />
              ))}
            </RadioGroup>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {t('dialog.keepHint')}
            </Typography>
            <Typography variant="subtitle2">
              {fields.length ? t('dialog.fields') : t('dialog.noFields')}
            </Typography>
            {fields.length > 0 && (
              <Table size="small" sx={{ tableLayout: 'fixed', mb: 2 }}>
                <TableHead>
                  <TableRow>
                    <TableCell sx={{ width: 130 }}>{t('dialog.field')}</TableCell>
                    {sides.map(([s, x]) => (
                      <TableCell key={s}>{t('dialog.file', { id: x.id })}</TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {fields.map((f) => (
                    <TableRow key={f} data-testid={`merge-field-${f}`}>
                      <TableCell sx={{ color: 'text.secondary' }}>{t(`fields.${f}`)}</TableCell>
                      {sides.map(([s, x]) => (
                        <TableCell key={s} sx={{ wordBreak: 'break-word' }}>
                          <FormControlLabel
                            control={
                              <Radio
                                size="small"
                                checked={(choice[f] ?? keep) === s}
                                onChange={() => setChoice(f, s)}
                                data-testid={`merge-pick-${f}-${x.id}`}
                              />
                            }
                            label={text(f, x.values) || t('none')}
                            sx={{ alignItems: 'flex-start', '& .MuiRadio-root': { pt: 0.25 } }}
                          />
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
            <Alert severity="info">{t('dialog.together')}</Alert>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('dialog.cancel')}</Button>
        <Button
          variant="contained"
          disabled={!data || busy}
          onClick={() => void merge()}
          data-testid="merge-confirm"
        >
          {t('dialog.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
