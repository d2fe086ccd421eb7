'use strict';

const express = require('express');
const bodyParser = require('body-parser');
const morgan = require('morgan');
const config = require('config');
const { requireSession } = require('./auth/session');
const { htmlToPdf } = require('./pdf/htmlToPdf');
const { upload } = require('./storage/drive');

const app = express();
app.use(morgan('combined'));
app.use(bodyParser.raw({ type: 'application/zip', limit: '20mb' }));

app.post('/invoices', requireSession, async (req, res) => {
  try {
    const pdf = await htmlToPdf(req.body);
    const id = await upload(`invoice-${Date.now()}.pdf`, pdf);
    res.status(201).json({ driveFileId: id });
  } catch (e) {
    res.status(502).json({ error: e.message });
  }
});

app.listen(config.get('port'), () => console.log(`vandelay-doc-service on ${config.get('port')}`));
