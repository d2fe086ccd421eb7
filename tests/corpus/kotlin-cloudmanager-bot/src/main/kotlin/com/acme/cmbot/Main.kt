package com.acme.cmbot

import com.slack.api.Slack
import java.util.Properties
import okhttp3.OkHttpClient
import okhttp3.Request

fun main() {
    val props = Properties().apply {
        Auth::class.java.getResourceAsStream("/workspace.properties").use { load(it) }
    }
    val ws = Auth.workspace(props)
    val req = Request.Builder()
        .url("https://cloudmanager.adobe.io/api/program/84521/pipelines")
        .header("Authorization", "Bearer ${Auth.token(ws)}")
        .header("x-api-key", props.getProperty("aio_api_key"))
        .header("x-gw-ims-org-id", props.getProperty("aio_ims_org_id"))
        .build()
    OkHttpClient().newCall(req).execute().use { resp ->
        Slack.getInstance().send(System.getenv("SLACK_WEBHOOK"), "{\"text\": \"pipelines: ${resp.code}\"}")
    }
}
