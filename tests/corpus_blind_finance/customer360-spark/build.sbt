ThisBuild / organization := "com.northbank.c360"
ThisBuild / scalaVersion := "2.12.19"
ThisBuild / version      := "4.3.1"

val sparkVersion = "3.5.1"

lazy val root = (project in file("."))
  .settings(
    name := "customer360",
    libraryDependencies ++= Seq(
      "org.apache.spark"              %% "spark-sql"            % sparkVersion % Provided,
      "org.apache.spark"              %% "spark-sql-kafka-0-10" % sparkVersion,
      "io.delta"                      %% "delta-spark"          % "3.2.0" % Provided,
      "com.softwaremill.sttp.client3" %% "core"                 % "3.9.6",
      "com.softwaremill.sttp.client3" %% "circe"                % "3.9.6",
      "io.circe"                      %% "circe-generic"        % "0.14.7",
      "com.github.jwt-scala"          %% "jwt-circe"            % "10.0.1",
      "com.typesafe"                   % "config"               % "1.4.3",
      "net.snowflake"                  % "snowflake-jdbc"       % "3.16.1",
      "org.scalatest"                 %% "scalatest"            % "3.2.18" % Test
    ),
    assembly / assemblyMergeStrategy := {
      case PathList("META-INF", _*) => MergeStrategy.discard
      case _                        => MergeStrategy.first
    }
  )
