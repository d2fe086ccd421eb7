'use strict';

const fs = require('fs');
const { google } = require('googleapis');
const config = require('config');

function driveClient() {
  const key = JSON.parse(fs.readFileSync(config.get('google.keyFile'), 'utf8'));
  const jwtClient = new google.auth.JWT(
    key.client_email,
    null,
    key.private_key,
    ['https://www.googleapis.com/auth/drive.file']
  );
  return google.drive({ version: 'v3', auth: jwtClient });
}

async function upload(name, buffer) {
  const drive = driveClient();
  const res = await drive.files.create({
    requestBody: { name, parents: [config.get('google.driveFolderId')] },
    media: { mimeType: 'application/pdf', body: require('stream').Readable.from ? require('stream').Readable.from(buffer) : buffer }
  });
  return res.data.id;
}

module.exports = { upload };
