import { test, expect, shot } from './fixtures'
import { inDays } from './fixed-clock'
import { call } from './pages/trips.page'

test('a trip the customer joined appears in their travel history with dates and status', async ({
  app,
  host,
}) => {
  const { id: customerId } = await call<{ id: number }>(app, 'customers', 'create', {
    name: '欧阳娜娜',
    mobile: '13700001234',
  })
  const { id: tripId } = await call<{ id: number }>(app, 'trips', 'create', {
    routeName: '云南昆明大理丽江六日游',
    destination: '云南',
    kind: 'domestic',
    departDate: inDays(10),
    returnDate: inDays(15),
  })
  await call(app, 'trips', 'addParticipants', { tripId, customerIds: [customerId] })

  await app.goto(`${host.url}#/customers/${customerId}?tab=trips`)
  const row = app.getByTestId('profile-trip-row')
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('云南昆明大理丽江六日游')
  await expect(row).toContainText('咨询')
  await expect(row).toContainText('6 天')
  await shot(app, 'profile-trips-zh')

  await row.getByRole('link').click()
  await expect(app).toHaveURL(new RegExp(`#/trips/${tripId}`))
})
