BeforeAll {
    Import-Module "$PSScriptRoot\..\AdobeAnalytics" -Force
}

Describe 'Invoke-AnalyticsReport' {
    It 'sends the company id header' {
        Mock -ModuleName Reports Invoke-RestMethod { @{ rows = @() } }
        $cfg = @{ CompanyId = 'examplec0'; ClientId = 'abc' }
        Invoke-AnalyticsReport -Config $cfg -Token 't' -Request @{ rsid = 'x' } | Out-Null
        Should -Invoke -ModuleName Reports Invoke-RestMethod -ParameterFilter {
            $Headers['x-proxy-global-company-id'] -eq 'examplec0'
        }
    }
}
