import { loadCustomers } from './load'
async function main() {
  const n = Number(process.argv[2] ?? 10000)
  const l = await loadCustomers(n, { progress: (d) => console.log(d) })
  console.log(n, l.loadMs, (n / l.loadMs) * 1000, l.checkpointMs, l.file)
  await l.app.close()
}
void main()
