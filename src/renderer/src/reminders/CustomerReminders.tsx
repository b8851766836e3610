import { Stack } from '@mui/material'
import { CustomerReminderOptions } from './CustomerReminderOptions'
import { SubjectReminders } from './SubjectReminders'

/** The reminders tab of a customer's file: greetings and stay-in-touch, then planned and handled reminders. */
export function CustomerReminders({ customerId, name }: { customerId: number; name: string }) {
  return (
    <Stack spacing={2}>
      <CustomerReminderOptions customerId={customerId} />
      <SubjectReminders customer={{ id: customerId, label: name, detail: '' }} />
    </Stack>
  )
}
