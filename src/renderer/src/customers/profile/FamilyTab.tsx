import {
  Avatar,
  Button,
  Chip,
  IconButton,
  Link,
  List,
  ListItem,
  ListItemAvatar,
  ListItemText,
  Paper,
  Stack,
  Tooltip,
  Typography,
} from '@mui/material'
import GroupAddOutlined from '@mui/icons-material/GroupAddOutlined'
import LinkOffOutlined from '@mui/icons-material/LinkOffOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink } from 'react-router'
import type { CustomerProfile, RelationView } from '../../../../shared/customers/customer.types'
import { api, unwrap } from '../../api/client'
import { ConfirmDialog } from './ConfirmDialog'
import { RelationDialog } from './RelationDialog'
import { Empty } from './parts'

export function FamilyTab({
  profile: p,
  notify,
}: {
  profile: CustomerProfile
  notify: (msg: string) => void
}) {
  const { t } = useTranslation('customers')
  const { t: tc } = useTranslation()
  const [dialog, setDialog] = useState({ open: false, n: 0 })
  const [removing, setRemoving] = useState<{ open: boolean; rel: RelationView | null }>({
    open: false,
    rel: null,
  })

  return (
    <Paper sx={{ p: 2 }} data-testid="profile-family">
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 700, flexGrow: 1 }}>
          {t('profile.tabs.family')}
        </Typography>
        <Button
          startIcon={<GroupAddOutlined />}
          onClick={() => setDialog((s) => ({ open: true, n: s.n + 1 }))}
          data-testid="relation-add"
        >
          {t('profile.addRelation')}
        </Button>
      </Stack>
      {p.relations.length === 0 ? (
        <Empty testId="relation-empty">{t('profile.noRelations')}</Empty>
      ) : (
        <List disablePadding data-testid="relation-list">
          {p.relations.map((r, i) => (
            <ListItem
              key={r.id}
              divider={i < p.relations.length - 1}
              data-testid={`relation-${r.other.id}`}
              secondaryAction={
                <Tooltip title={t('profileExtra.removeRelationTitle')}>
                  <IconButton
                    edge="end"
                    onClick={() => setRemoving({ open: true, rel: r })}
                    data-testid={`relation-remove-${r.id}`}
                  >
                    <LinkOffOutlined />
                  </IconButton>
                </Tooltip>
              }
            >
              <ListItemAvatar>
                <Avatar sx={{ bgcolor: '#e0f2f1', color: 'primary.dark' }}>
                  {Array.from(r.other.name)[0]}
                </Avatar>
              </ListItemAvatar>
              <ListItemText
                disableTypography
                primary={
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                    <Link
                      component={RouterLink}
                      to={`/customers/${r.other.id}`}
                      sx={{ fontWeight: 600, fontSize: 16 }}
                      data-testid={`relation-link-${r.other.id}`}
                    >
                      {r.other.name}
                    </Link>
                    <Typography variant="body2" color="text.secondary">
                      {t('profile.relationOf')}
                    </Typography>
                    <Chip
                      size="small"
                      color="primary"
                      variant="outlined"
                      label={t(`relation.${r.kind}`)}
                      data-testid={`relation-kind-${r.other.id}`}
                    />
                  </Stack>
                }
              />
            </ListItem>
          ))}
        </List>
      )}
      <RelationDialog
        key={dialog.n}
        open={dialog.open}
        customerId={p.id}
        excludeIds={[p.id, ...p.relations.map((r) => r.other.id)]}
        onClose={() => setDialog((s) => ({ ...s, open: false }))}
        onSaved={(created) => {
          setDialog((s) => ({ ...s, open: false }))
          notify(
            created ? t('profileExtra.relationCreated', { name: created }) : t('profileExtra.relationSaved'),
          )
        }}
      />
      <ConfirmDialog
        open={removing.open}
        title={t('profileExtra.removeRelationTitle')}
        text={t('profileExtra.removeRelationText', { name: removing.rel?.other.name ?? '' })}
        confirmLabel={tc('actions.remove')}
        testId="confirm-remove-relation"
        onClose={() => setRemoving((s) => ({ ...s, open: false }))}
        onConfirm={async () => {
          await unwrap(api.customers.removeRelation({ id: removing.rel!.id }))
          notify(t('profileExtra.relationRemoved'))
        }}
      />
    </Paper>
  )
}
