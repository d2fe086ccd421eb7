using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace PrintFlow.Worker.InDesign;

public sealed class IdsOptions
{
    public string Endpoint { get; set; } = "";
    public string ScriptFolder { get; set; } = "";
    public int TimeoutSeconds { get; set; } = 600;
}

/// <summary>Calls RunScript on InDesign Server. IDS has no authentication; it is only
/// reachable inside the print VLAN.</summary>
public sealed class IdsSoapClient
{
    private readonly HttpClient _http;
    private readonly IdsOptions _options;

    public IdsSoapClient(IOptions<IdsOptions> options)
    {
        _options = options.Value;
        _http = new HttpClient { Timeout = TimeSpan.FromSeconds(_options.TimeoutSeconds) };
    }

    public async Task<string> RunScriptAsync(string scriptName, string issueFolder, CancellationToken ct)
    {
        var envelope = $@"<?xml version=""1.0"" encoding=""UTF-8""?>
<SOAP-ENV:Envelope xmlns:SOAP-ENV=""http://schemas.xmlsoap.org/soap/envelope/"" xmlns:IDSP=""http://ns.adobe.com/InDesign/soap/"">
  <SOAP-ENV:Body>
    <IDSP:RunScript>
      <IDSP:runScriptParameters>
        <IDSP:scriptLanguage>javascript</IDSP:scriptLanguage>
        <IDSP:scriptFile>{_options.ScriptFolder}\{scriptName}</IDSP:scriptFile>
        <IDSP:scriptArgs><IDSP:name>issueFolder</IDSP:name><IDSP:value>{issueFolder}</IDSP:value></IDSP:scriptArgs>
      </IDSP:runScriptParameters>
    </IDSP:RunScript>
  </SOAP-ENV:Body>
</SOAP-ENV:Envelope>";
        using var content = new StringContent(envelope, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/xml");
        using var response = await _http.PostAsync(_options.Endpoint, content, ct);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(ct);
    }
}
