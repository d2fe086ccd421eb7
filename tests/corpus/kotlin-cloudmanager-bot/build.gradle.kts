plugins {
    kotlin("jvm") version "1.9.22"
    application
}

repositories {
    mavenCentral()
}

dependencies {
    implementation("com.adobe.aio:aio-lib-java-core:2.0.0")
    implementation("com.adobe.aio:aio-lib-java-ims:2.0.0")
    implementation("com.squareup.okhttp3:okhttp:4.12.0")
    implementation("com.slack.api:slack-api-client:1.36.1")
    testImplementation(kotlin("test"))
}

application {
    mainClass.set("com.acme.cmbot.MainKt")
}

kotlin {
    jvmToolchain(17)
}
