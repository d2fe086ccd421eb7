import { readFileSync } from 'node:fs';
import https from 'node:https';
import { NextResponse } from 'next/server';

// Apple Pay on the web: merchant validation uses the Merchant Identity certificate (mutual TLS).
const agent = new https.Agent({
  cert: readFileSync(process.env.APPLE_PAY_CERT_PATH ?? '/etc/applepay/merchant_id.pem'),
  key: readFileSync(process.env.APPLE_PAY_KEY_PATH ?? '/etc/applepay/merchant_id.key'),
});

export async function POST(req: Request) {
  const { validationURL } = (await req.json()) as { validationURL: string };
  if (!new URL(validationURL).hostname.endsWith('.apple.com')) {
    return NextResponse.json({ error: 'invalid validation url' }, { status: 400 });
  }
  const body = JSON.stringify({
    merchantIdentifier: process.env.APPLE_PAY_MERCHANT_ID,
    displayName: 'Acme Retail',
    initiative: 'web',
    initiativeContext: 'www.acme-retail.com',
  });
  const session = await new Promise<string>((resolve, reject) => {
    const r = https.request(validationURL, { method: 'POST', agent, headers: { 'Content-Type': 'application/json' } }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve(data));
    });
    r.on('error', reject);
    r.end(body);
  });
  return new NextResponse(session, { headers: { 'Content-Type': 'application/json' } });
}
