'use strict';

module.exports = {
  kafka: {
    brokers: (process.env.KAFKA_BROKERS || 'kafka-0.cards.northbank.internal:9093').split(','),
    clientId: 'cards-rewards-worker',
    groupId: 'cards-rewards-acs',
    topic: 'cards.rewards.events.v1',
    ssl: {
      ca: '/etc/kafka/tls/ca.crt',
      cert: '/etc/kafka/tls/tls.crt',
      key: '/etc/kafka/tls/tls.key',
    },
  },
  acs: {
    tenant: process.env.ACS_TENANT || 'northbankcards',
    imsHost: 'https://ims-na1.adobelogin.com',
    clientId: process.env.ACS_CLIENT_ID,
    clientSecret: process.env.ACS_CLIENT_SECRET,
    orgId: process.env.ACS_ORG_ID || '7C3F0A1B5E2D4C6A8B9D0E1F@AdobeOrg',
    technicalAccountId: process.env.ACS_TECH_ACCOUNT_ID,
    metaScopes: ['ent_campaign_sdk'],
    privateKeyPath: process.env.ACS_PRIVATE_KEY_PATH || '/etc/cards-rewards/acs/private.key',
    passphrase: process.env.ACS_PRIVATE_KEY_PASSPHRASE,
    events: {
      pointsEarned: 'EVTrewardsPointsEarned',
      tierUpgrade: 'EVTrewardsTierUpgrade',
      pointsExpiring: 'EVTrewardsPointsExpiring',
    },
  },
  session: {
    // customer session tokens minted by the mobile gateway, verified here
    issuer: 'https://auth.mobile.northbank.example',
    audience: 'rewards-api',
    publicKeyPath: '/etc/cards-rewards/session/jwt-signing.pub',
    algorithms: ['ES256'],
  },
};
