'use strict';
// Signed download links for the invoice portal (our own HS256 tokens,
// verified by the portal; nothing to do with Adobe).
const jwt = require('jsonwebtoken');
const path = require('path');

function downloadLink(pdfPath, { days = 14 } = {}) {
  const invoiceId = path.basename(pdfPath, '.pdf');
  const token = jwt.sign(
    { inv: invoiceId, aud: 'invoice-portal', iss: 'pdf-invoice-cli' },
    process.env.LINK_SIGNING_SECRET,
    { algorithm: 'HS256', expiresIn: `${days}d` },
  );
  return `${process.env.PORTAL_BASE_URL}/d/${invoiceId}?t=${token}`;
}

module.exports = { downloadLink };
