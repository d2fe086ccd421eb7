ThisBuild / organization := "com.acme.data"
ThisBuild / scalaVersion := "2.12.18"

lazy val root = (project in file("."))
  .settings(
    name := "aep-spark-ingest",
    version := "0.9.3",
    libraryDependencies ++= Seq(
      "org.apache.spark"              %% "spark-sql"          % "3.4.1" % Provided,
      "com.typesafe"                   % "config"             % "1.4.3",
      "com.github.jwt-scala"          %% "jwt-play-json"      % "9.4.5",
      "com.softwaremill.sttp.client3" %% "core"               % "3.9.1",
      "com.softwaremill.sttp.client3" %% "play-json"          % "3.9.1",
      "com.google.cloud"               % "google-cloud-storage" % "2.30.1",
      "org.scalatest"                 %% "scalatest"          % "3.2.17" % Test
    ),
    assembly / assemblyMergeStrategy := {
      case PathList("META-INF", _ @ _*) => MergeStrategy.discard
      case _                            => MergeStrategy.first
    }
  )
