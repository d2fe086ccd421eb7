function onOpen() {
  SpreadsheetApp.getUi()
    .createMenu('Adobe')
    .addItem('Refresh visits now', 'refreshVisits')
    .addItem('Set up credentials', 'setupCredentials')
    .addToUi();
}

function refreshVisits() {
  const ss = SpreadsheetApp.getActive();
  const sheet = ss.getSheetByName('Visits') || ss.insertSheet('Visits');
  const data = fetchCoursePageVisits_(28);
  sheet.clearContents();
  sheet.getRange(1, 1, 1, 3).setValues([['Course code', 'Visits (28 days)', 'Updated']]);
  if (data.length) {
    sheet.getRange(2, 1, data.length, 2).setValues(data);
  }
  sheet.getRange(1, 3).setValue('Updated ' + new Date().toLocaleString());
}

/** Installs the daily trigger (run once by hand). */
function installTrigger() {
  ScriptApp.getProjectTriggers().forEach((t) => ScriptApp.deleteTrigger(t));
  ScriptApp.newTrigger('refreshVisits').timeBased().everyDays(1).atHour(6).create();
}

/** Exports the sheet as PDF to the shared Drive folder (uses the user's own Google token). */
function exportPdf() {
  const ss = SpreadsheetApp.getActive();
  const url = 'https://docs.google.com/spreadsheets/d/' + ss.getId() + '/export?format=pdf&gid=' + ss.getSheetByName('Visits').getSheetId();
  const blob = UrlFetchApp.fetch(url, { headers: { Authorization: 'Bearer ' + ScriptApp.getOAuthToken() } }).getBlob();
  DriveApp.getFolderById('1Zx8cV7bN6mA5sD4fG3hJ2kL1qW0eR9tY').createFile(blob.setName('CE visits.pdf'));
}
