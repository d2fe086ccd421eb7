'use strict'
require('dotenv').config()
const axios = require('axios')
const express = require('express')
const { adobeAccessToken } = require('./auth')
const { crmToken } = require('./crm/auth0Client')
const { CAMPAIGN_BASE } = require('./config/constants')

const app = express()

app.post('/sync', async (req, res) => {
  const contacts = (await axios.get('https://crm-api.acme.example/v1/contacts?changed=1d', {
    headers: { Authorization: `Bearer ${await crmToken()}` }
  })).data
  const adobe = await adobeAccessToken()
  for (const c of contacts) {
    await axios.post(`${CAMPAIGN_BASE}/${process.env.CAMPAIGN_TENANT}/campaign/profileAndServices/profile`,
      { email: c.email, firstName: c.firstName, lastName: c.lastName },
      { headers: { Authorization: `Bearer ${adobe}`, 'X-Api-Key': process.env.ADOBE_CLIENT_ID } })
  }
  res.json({ synced: contacts.length })
})

app.listen(process.env.PORT || 8080)
