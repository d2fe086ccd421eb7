import Stripe from 'stripe';
import { NextResponse } from 'next/server';
import { readSession } from '@/lib/auth/session';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-09-30.acacia' });

export async function POST(req: Request) {
  const session = await readSession();
  if (!session) return NextResponse.json({ error: 'unauthenticated' }, { status: 401 });
  const { amount, currency } = (await req.json()) as { amount: number; currency: string };
  const intent = await stripe.paymentIntents.create({
    amount,
    currency,
    automatic_payment_methods: { enabled: true },
    metadata: { cart: session.cart, customer: session.cid },
  });
  return NextResponse.json({ clientSecret: intent.client_secret });
}
