module github.com/agency/campaign-sync-lambda

go 1.22

require (
	github.com/aws/aws-lambda-go v1.47.0
	github.com/aws/aws-sdk-go-v2/config v1.27.27
	github.com/aws/aws-sdk-go-v2/service/secretsmanager v1.32.3
	github.com/golang-jwt/jwt/v5 v5.2.1
)
