using System;
using System.IdentityModel.Tokens.Jwt;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace PdfAutomation
{
    public static class Program
    {
        public static int Main(string[] args)
        {
            var creds = Credentials.Load("pdfservices-api-credentials.json");
            var token = AdobeAuth.GetAccessToken(creds);
            Console.WriteLine($"token acquired ({token.Length} chars)");
            return 0;
        }

        // Validates the HS256 token our own job scheduler puts on webhook calls.
        public static bool IsSchedulerCall(string bearer, string sharedSecret)
        {
            var handler = new JwtSecurityTokenHandler();
            var parameters = new TokenValidationParameters
            {
                ValidIssuer = "acme-scheduler",
                ValidAudience = "pdf-automation",
                IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(sharedSecret)),
            };
            handler.ValidateToken(bearer, parameters, out _);
            return true;
        }
    }
}
