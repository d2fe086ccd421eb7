package com.acme.campaignsync.ims;

public enum AuthMode {
  JWT,
  OAUTH
}
