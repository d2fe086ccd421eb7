import 'dotenv/config'
import fetch from 'node-fetch'
import { getAemAccessToken } from './lib/aemToken.js'

const token = await getAemAccessToken(process.env.AEM_SERVICE_CREDENTIALS)
const url = `${process.env.AEM_HOST}${process.env.EXPORT_ROOT}.1.json`
const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } })
console.log(res.status, Object.keys(await res.json()).length, 'children')
