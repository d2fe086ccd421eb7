import express from 'express';
import { sendOrder, listBatches } from './aep/ingest';
import { requireSession } from './session';

const app = express();
app.use(express.json());

app.post('/events/order', async (req, res) => {
  await sendOrder(req.body);
  res.status(202).json({ accepted: true });
});

app.get('/ops/batches', requireSession, async (_req, res) => {
  res.json(await listBatches());
});

app.listen(Number(process.env.PORT ?? 8080));
