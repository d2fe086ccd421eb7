function ConvertTo-Base64Url {
    param([Parameter(Mandatory, ValueFromPipeline)] $InputObject)
    $bytes = if ($InputObject -is [byte[]]) { $InputObject } else { [Text.Encoding]::UTF8.GetBytes([string]$InputObject) }
    [Convert]::ToBase64String($bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_')
}
