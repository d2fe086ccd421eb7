package io.ledgerline.sync.adobe

fun interface ImsTokenProvider {
    fun accessToken(): String
}
