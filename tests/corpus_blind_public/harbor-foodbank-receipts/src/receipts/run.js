'use strict';

require('dotenv').config();
const fs = require('fs');
const path = require('path');
const { Pool } = require('pg');
const nodemailer = require('nodemailer');
const { renderReceipt } = require('./pdf');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const mailer = nodemailer.createTransport({ host: process.env.SMTP_HOST, port: 587, auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } });

async function main() {
  const dateArg = process.argv.indexOf('--date');
  const day = dateArg > -1 ? process.argv[dateArg + 1] : new Date(Date.now() - 864e5).toISOString().slice(0, 10);
  const { rows } = await pool.query(
    'select g.id, g.amount_cents, g.received_on, d.full_name, d.email, d.address from gifts g join donors d on d.id = g.donor_id where g.received_on = $1 and g.receipt_sent_at is null',
    [day],
  );
  fs.mkdirSync('out', { recursive: true });
  for (const gift of rows) {
    const file = path.join('out', `receipt-${gift.id}.pdf`);
    await renderReceipt({
      donorName: gift.full_name,
      address: gift.address,
      amount: (gift.amount_cents / 100).toFixed(2),
      date: gift.received_on.toISOString().slice(0, 10),
      receiptNo: `HFB-${gift.id}`,
    }, file);
    await mailer.sendMail({
      from: 'receipts@harborfoodbank.org',
      to: gift.email,
      subject: 'Thank you – your Harbor Food Bank receipt',
      text: 'Thank you for your gift. Your tax receipt is attached.',
      attachments: [{ path: file }],
    });
    await pool.query('update gifts set receipt_sent_at = now() where id = $1', [gift.id]);
  }
  console.log(`${rows.length} receipts sent for ${day}`);
  await pool.end();
}

main().catch((err) => { console.error(err); process.exit(1); });
