import express from 'express';
import { port } from './config.js';
import { readJournal } from './adobe/events.js';
import { verifyFrameioSignature } from './frameio/client.js';
import { addTaskNote } from './workfront/tasks.js';

const app = express();
app.use(express.text({ type: '*/*' }));

app.post('/hooks/frameio', async (req, res) => {
  const ok = verifyFrameioSignature(req.body, req.header('x-frameio-request-timestamp') ?? '', req.header('x-frameio-signature') ?? '');
  if (!ok) {
    return res.sendStatus(401);
  }
  const event = JSON.parse(req.body) as { type: string; resource: { id: string }; workfront_task?: string };
  if (event.type === 'comment.created' && event.workfront_task) {
    await addTaskNote(event.workfront_task, `New Frame.io comment on ${event.resource.id}`);
  }
  return res.sendStatus(204);
});

app.get('/healthz', (_req, res) => res.send('ok'));

setInterval(() => {
  readJournal().catch((err) => console.error('journal poll failed', err));
}, 60_000);

app.listen(port, () => console.log(`bridge listening on ${port}`));
