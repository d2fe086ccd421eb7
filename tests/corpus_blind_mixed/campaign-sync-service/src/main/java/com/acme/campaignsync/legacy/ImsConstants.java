package com.acme.campaignsync.legacy;

/** Shared IMS constants for the nightly profile export (pre-aio-lib-java code). */
final class ImsConstants {

  static final String IMS_BASE = "https://ims-na1.adobelogin.com";
  static final String EXCHANGE_PREFIX = "/ims/exchange";
  static final String METASCOPE_PREFIX = "/s/";
  static final String AUDIENCE_PREFIX = "/c/";

  private ImsConstants() {}
}
