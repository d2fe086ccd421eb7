using System.IO;
using Newtonsoft.Json.Linq;

namespace PdfAutomation
{
    public sealed class Credentials
    {
        public string ClientId { get; init; } = "";
        public string ClientSecret { get; init; } = "";
        public string OrganizationId { get; init; } = "";
        public string AccountId { get; init; } = "";
        public string PrivateKeyFile { get; init; } = "";

        public static Credentials Load(string path)
        {
            var json = JObject.Parse(File.ReadAllText(path));
            var cc = json["client_credentials"]!;
            var sa = json["service_account_credentials"]!;
            return new Credentials
            {
                ClientId = (string)cc["client_id"]!,
                ClientSecret = (string)cc["client_secret"]!,
                OrganizationId = (string)sa["organization_id"]!,
                AccountId = (string)sa["account_id"]!,
                PrivateKeyFile = (string)sa["private_key_file"]!,
            };
        }
    }
}
