#!/usr/bin/env bash
# Manual fallback when the Cloud Build trigger is broken.
set -euo pipefail
gcloud auth activate-service-account --key-file="$(dirname "$0")/gcp-deployer-key.json"
gcloud builds submit --config cloudbuild.yaml --project acme-media-prod .
