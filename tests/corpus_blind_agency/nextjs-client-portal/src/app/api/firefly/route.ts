import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { z } from 'zod';
import { authOptions } from '@/auth';
import { getServiceToken } from '@/lib/adobe-ims';

const Body = z.object({ prompt: z.string().min(3).max(1000), n: z.number().int().min(1).max(4).default(1) });

export async function POST(req: Request) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'unauthenticated' }, { status: 401 });

  const parsed = Body.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json(parsed.error.flatten(), { status: 400 });

  const token = await getServiceToken();
  const res = await fetch('https://firefly-api.adobe.io/v3/images/generate', {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'x-api-key': process.env.ADOBE_S2S_CLIENT_ID!,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ prompt: parsed.data.prompt, numVariations: parsed.data.n }),
  });
  return NextResponse.json(await res.json(), { status: res.status });
}
