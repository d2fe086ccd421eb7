'use strict';

const fs = require('fs');
const config = require('config');
const { Kafka } = require('kafkajs');
const { sendEvent } = require('./adobe/campaign');
const log = require('./log');

const k = config.get('kafka');
const kafka = new Kafka({
  clientId: k.clientId,
  brokers: k.brokers,
  ssl: {
    ca: [fs.readFileSync(k.ssl.ca, 'utf8')],
    cert: fs.readFileSync(k.ssl.cert, 'utf8'),
    key: fs.readFileSync(k.ssl.key, 'utf8'),
  },
});

const EVENT_MAP = config.get('acs.events');

async function run() {
  const consumer = kafka.consumer({ groupId: k.groupId });
  await consumer.connect();
  await consumer.subscribe({ topic: k.topic });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const evt = JSON.parse(message.value.toString());
      const acsEvent = EVENT_MAP[evt.type];
      if (!acsEvent || !evt.consent?.email) return;
      await sendEvent(acsEvent, evt.email, { points: String(evt.points), tier: evt.tier });
      log.debug({ type: evt.type, cardRef: evt.cardRef }, 'sent');
    },
  });
}

run().catch((err) => {
  log.error(err, 'worker crashed');
  process.exit(1);
});
