'use strict';

const crypto = require('crypto');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function lookupDonorByMagicLink(token) {
  const hash = crypto.createHash('sha256').update(token).digest('hex');
  const { rows } = await pool.query(
    'select d.id, d.email from magic_links m join donors d on d.id = m.donor_id where m.token_sha256 = $1 and m.expires_at > now() and m.used_at is null',
    [hash],
  );
  if (!rows.length) return null;
  await pool.query('update magic_links set used_at = now() where token_sha256 = $1', [hash]);
  return rows[0];
}

module.exports = { lookupDonorByMagicLink };
