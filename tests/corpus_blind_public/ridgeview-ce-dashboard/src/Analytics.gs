/**
 * Course-page visits for the last N days from the Adobe Analytics 2.0 Reports API.
 */
function fetchCoursePageVisits_(days) {
  const props = PropertiesService.getScriptProperties();
  const company = props.getProperty('AA_COMPANY_ID');
  const end = new Date();
  const start = new Date(end.getTime() - days * 86400000);
  const iso = (d) => Utilities.formatDate(d, 'UTC', "yyyy-MM-dd'T'00:00:00.000");

  const request = {
    rsid: 'ridgeviewedu',
    globalFilters: [{ type: 'dateRange', dateRange: iso(start) + '/' + iso(end) }],
    metricContainer: { metrics: [{ columnId: '0', id: 'metrics/visits' }] },
    dimension: 'variables/evar12', // course code
    settings: { limit: 400, page: 0, dimensionSort: 'asc' },
  };

  const resp = UrlFetchApp.fetch('https://analytics.adobe.io/api/' + company + '/reports', {
    method: 'post',
    contentType: 'application/json',
    payload: JSON.stringify(request),
    headers: {
      Authorization: 'Bearer ' + getAdobeToken_(),
      'x-api-key': props.getProperty('ADOBE_CLIENT_ID'),
      'x-proxy-global-company-id': company,
    },
    muteHttpExceptions: true,
  });
  if (resp.getResponseCode() !== 200) {
    throw new Error('Analytics ' + resp.getResponseCode() + ': ' + resp.getContentText());
  }
  const rows = JSON.parse(resp.getContentText()).rows || [];
  return rows.map((r) => [r.value, r.data[0]]);
}
