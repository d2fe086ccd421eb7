using System;
using System.Collections.Generic;
using System.Security.Cryptography.X509Certificates;
using Jose;
using RestSharp;

namespace AdobeJwtSample
{
    class Program
    {
        private const string CLIENT_ID = "2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c";
        private const string CLIENT_SECRET = "s8e-FAKE-St0ck1Se2Ar3Ch4Xx5Yy6Zz7";
        private const string TECH_ACC_ID = "6C5B4A3F2E1D0C9B8A7F6E5D@techacct.adobe.com";
        private const string ORG_ID = "3D2C1B0A9F8E7D6C5B4A3F2E@AdobeOrg";
        private const string METASCOPES = "https://ims-na1.adobelogin.com/s/ent_stocksearch_sdk";

        static void Main(string[] args)
        {
            var payload = new Dictionary<string, object>
            {
                { "exp", DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds() },
                { "iss", ORG_ID },
                { "sub", TECH_ACC_ID },
                { "aud", "https://ims-na1.adobelogin.com/c/" + CLIENT_ID },
                { METASCOPES, true }
            };

            // openssl pkcs12 -export -out mycert.pfx -inkey private.key -in certificate_pub.crt
            var cert = new X509Certificate2("../config/mycert.pfx", Environment.GetEnvironmentVariable("PFX_PASSWORD"), X509KeyStorageFlags.Exportable);
            string token = JWT.Encode(payload, cert.GetRSAPrivateKey(), JwsAlgorithm.RS256);

            var client = new RestClient("https://ims-na1.adobelogin.com/ims/exchange/jwt/");
            var request = new RestRequest(Method.POST);
            request.AlwaysMultipartFormData = true;
            request.AddParameter("client_id", CLIENT_ID);
            request.AddParameter("client_secret", CLIENT_SECRET);
            request.AddParameter("jwt_token", token);
            IRestResponse response = client.Execute(request);
            Console.WriteLine(response.Content);
        }
    }
}
