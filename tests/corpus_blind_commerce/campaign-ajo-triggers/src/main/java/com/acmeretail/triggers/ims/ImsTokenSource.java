package com.acmeretail.triggers.ims;

public interface ImsTokenSource {

    /** A valid Adobe IMS bearer token. */
    String accessToken();
}
