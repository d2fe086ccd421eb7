using System;
using Contoso.DamConnector.Core.Services;

namespace Contoso.DamConnector.Scheduler
{
    internal static class Program
    {
        private static int Main(string[] args)
        {
            try
            {
                var token = AdobeTokenProviderFactory.GetAccessToken();
                var sync = new RenditionSync(token, new SharePointTokenProvider());
                sync.RunAsync().GetAwaiter().GetResult();
                return 0;
            }
            catch (Exception ex)
            {
                Console.Error.WriteLine(ex);
                return 1;
            }
        }
    }
}
