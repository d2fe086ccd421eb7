// Release notes bot: GitHub App JWT -> installation access token.
import { readFileSync } from 'node:fs';
import jwt from 'jsonwebtoken';

const APP_ID = process.env.GITHUB_APP_ID!;
const INSTALLATION_ID = process.env.GITHUB_APP_INSTALLATION_ID!;

export async function installationToken(): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const appJwt = jwt.sign({ iat: now - 60, exp: now + 9 * 60, iss: APP_ID }, readFileSync(process.env.GITHUB_APP_PRIVATE_KEY_PATH!), {
    algorithm: 'RS256',
  });
  const res = await fetch(`https://api.github.com/app/installations/${INSTALLATION_ID}/access_tokens`, {
    method: 'POST',
    headers: { authorization: `Bearer ${appJwt}`, accept: 'application/vnd.github+json' },
  });
  return ((await res.json()) as { token: string }).token;
}
