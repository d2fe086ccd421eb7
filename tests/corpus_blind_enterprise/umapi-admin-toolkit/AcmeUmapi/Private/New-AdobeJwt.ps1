<#
.SYNOPSIS
    Builds the signed assertion for the legacy Adobe Service Account credential.
.NOTES
    Only used when Settings.AuthMode is 'Jwt'. Remove together with the PFX after CHG0042117.
#>
function New-AdobeJwt {
    param([Parameter(Mandatory)] [pscustomobject] $Settings)

    $now = [DateTimeOffset]::UtcNow.ToUnixTimeSeconds()
    $claims = [ordered]@{
        exp = $now + 300
        iss = $Settings.OrgId
        sub = $Settings.TechnicalAccountId
        aud = "$($Settings.ImsHost)/c/$($Settings.ClientId)"
    }
    foreach ($metaScope in ($Settings.Jwt.MetaScopes -split ',')) {
        $claims["$($Settings.ImsHost)/s/$($metaScope.Trim())"] = $true
    }

    $header = @{ alg = 'RS256'; typ = 'JWT' } | ConvertTo-Json -Compress
    $payload = $claims | ConvertTo-Json -Compress
    $toSign = (ConvertTo-Base64Url $header) + '.' + (ConvertTo-Base64Url $payload)

    $pfxPassword = Get-Secret -Name 'umapi-pfx-password' -AsPlainText -Vault AcmeVault
    $cert = [System.Security.Cryptography.X509Certificates.X509Certificate2]::new($Settings.Jwt.PfxPath, $pfxPassword, 'Exportable')
    $rsa = [System.Security.Cryptography.X509Certificates.RSACertificateExtensions]::GetRSAPrivateKey($cert)
    $signature = $rsa.SignData([Text.Encoding]::UTF8.GetBytes($toSign), [Security.Cryptography.HashAlgorithmName]::SHA256, [Security.Cryptography.RSASignaturePadding]::Pkcs1)

    return $toSign + '.' + (ConvertTo-Base64Url $signature)
}
