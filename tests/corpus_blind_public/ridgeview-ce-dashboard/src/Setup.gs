function setupCredentials() {
  const ui = SpreadsheetApp.getUi();
  const props = PropertiesService.getScriptProperties();
  ['ADOBE_CLIENT_ID', 'ADOBE_CLIENT_SECRET', 'ADOBE_ORG_ID', 'AA_COMPANY_ID'].forEach((name) => {
    const r = ui.prompt('Adobe setup', name + ' (leave empty to keep the current value)', ui.ButtonSet.OK_CANCEL);
    if (r.getSelectedButton() === ui.Button.OK && r.getResponseText().trim()) {
      props.setProperty(name, r.getResponseText().trim());
    }
  });
  CacheService.getScriptCache().remove('adobe_token');
  ui.alert('Saved.');
}
