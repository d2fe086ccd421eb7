package com.pixelnest.gallery.stock

/** IMS paths used by the Stock partner integration. */
object ImsPaths {
    const val EXCHANGE = "/ims/exchange/v1/jwt"
    const val AUD_PREFIX = "/c/"
    const val SCOPE_PREFIX = "/s/"
}
