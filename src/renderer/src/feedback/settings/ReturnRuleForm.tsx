import { Alert, Button, Stack, TextField } from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReturnRuleView } from '../../../../shared/feedback/feedback.types'
import { api, unwrap } from '../../api/client'
import { useQuery } from '../../api/hooks'
import { useFormErrors } from '../../components/useFormErrors'

/** The bureau's return-rate rule: every form from groups up to N, a share of larger groups. */
export function ReturnRuleForm({ canEdit, onDone }: { canEdit: boolean; onDone: (m: string) => void }) {
  const { t } = useTranslation('feedback')
  const q = useQuery<ReturnRuleView>(() => api.feedback.rule({}), [], ['feedback'])
  const errors = useFormErrors()
  // edits in progress, for the version they started from (a save elsewhere starts afresh)
  const [edit, setDraft] = useState<ReturnRuleView | null>(null)
  const draft = q.data ? (edit?.version === q.data.version ? edit : q.data) : null
  if (!draft) return null
  const field = (k: 'smallGroupMax' | 'smallGroupPct' | 'largeGroupPct') => (
    <TextField
      size="small"
      type="number"
      label={t(`settings.${k}`)}
      value={draft[k]}
      disabled={!canEdit}
      onChange={(e) => setDraft({ ...draft, [k]: Number(e.target.value) })}
      error={!!errors.fields[k]}
      helperText={errors.fields[k]}
      sx={{ width: 170 }}
      slotProps={{ htmlInput: { 'data-testid': `rule-${k}` } }}
    />
  )
  const save = async () => {
    const r = await errors.capture(() => unwrap(api.feedback.saveRule(draft)))
    if (r) {
      setDraft(null)
      q.reload()
      onDone(t('settings.saved'))
    }
  }
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 1.5 }}>
        {field('smallGroupMax')}
        {field('smallGroupPct')}
        {field('largeGroupPct')}
      </Stack>
      {errors.form && !Object.keys(errors.fields).length && <Alert severity="error">{errors.form}</Alert>}
      {canEdit && (
        <Button
          variant="contained"
          onClick={() => void save()}
          sx={{ alignSelf: 'flex-start' }}
          data-testid="rule-save"
        >
          {t('settings.save')}
        </Button>
      )}
    </Stack>
  )
}
