using System.IO;
using System.Security.Cryptography;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.OpenSsl;
using Org.BouncyCastle.Security;

namespace Contoso.DamConnector.Core.Infrastructure
{
    public static class PemKeyReader
    {
        public static RSA ReadRsaPrivateKey(string path)
        {
            using (var reader = File.OpenText(path))
            {
                var pem = new PemReader(reader).ReadObject();
                var keyParams = pem as AsymmetricCipherKeyPair != null
                    ? (RsaPrivateCrtKeyParameters)((AsymmetricCipherKeyPair)pem).Private
                    : (RsaPrivateCrtKeyParameters)pem;
                var rsa = new RSACryptoServiceProvider();
                rsa.ImportParameters(DotNetUtilities.ToRSAParameters(keyParams));
                return rsa;
            }
        }
    }
}
