'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const config = require('config');
const log = require('./log');
const targetDecisioning = require('./middleware/targetDecisioning');
const { requireUser } = require('./auth/session');
const adobeLogin = require('./auth/adobeLogin');
const { listActivities } = require('./adobe/targetAdmin');

const app = express();
app.set('trust proxy', config.get('server.trustProxy'));
app.use(cookieParser());
app.use(adobeLogin);

app.get('/', targetDecisioning(['home-hero', 'home-recs']), (req, res) => res.json(res.locals.targetOffers));
app.get('/admin/activities', requireUser, async (req, res, next) => {
  try { res.json(await listActivities()); } catch (e) { next(e); }
});

app.listen(config.get('server.port'), () => log.info(`target-edge listening on ${config.get('server.port')}`));
