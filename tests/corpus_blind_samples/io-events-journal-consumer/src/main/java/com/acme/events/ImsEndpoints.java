package com.acme.events;

/** IMS URLs used by the token debug tool. */
public final class ImsEndpoints {

  public static final String IMS_HOST =
      System.getenv().getOrDefault("IMS_HOST", "https://ims-na1.adobelogin.com");
  public static final String JWT_EXCHANGE = IMS_HOST + "/ims/exchange/jwt";
  public static final String AUDIENCE_PREFIX = IMS_HOST + "/c/";
  public static final String METASCOPE_PREFIX = IMS_HOST + "/s/";

  private ImsEndpoints() {
  }
}
