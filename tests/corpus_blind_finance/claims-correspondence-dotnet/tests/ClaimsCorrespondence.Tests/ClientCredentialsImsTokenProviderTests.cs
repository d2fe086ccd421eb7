using System.Net;
using ClaimsCorrespondence.Api.Ims;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using RichardSzalay.MockHttp;
using Xunit;

namespace ClaimsCorrespondence.Tests;

public class ClientCredentialsImsTokenProviderTests
{
    [Fact]
    public async Task Posts_client_credentials_grant_and_caches_token()
    {
        var mock = new MockHttpMessageHandler();
        mock.Expect(HttpMethod.Post, "https://ims.test/token")
            .WithFormData("grant_type", "client_credentials")
            .Respond("application/json", "{\"access_token\":\"abc\",\"token_type\":\"bearer\",\"expires_in\":86399}");

        var factory = new StubFactory(mock.ToHttpClient());
        var opt = Options.Create(new AdobeImsOptions { TokenEndpoint = "https://ims.test/token", ClientId = "c", ClientSecret = "s", Scopes = "openid" });
        var sut = new ClientCredentialsImsTokenProvider(opt, factory, new MemoryCache(new MemoryCacheOptions()));

        Assert.Equal("abc", await sut.GetAccessTokenAsync());
        Assert.Equal("abc", await sut.GetAccessTokenAsync());
        mock.VerifyNoOutstandingExpectation();
    }

    private sealed class StubFactory(HttpClient client) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => client;
    }
}
