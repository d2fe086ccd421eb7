resource "snowflake_user" "svc_airflow" {
  name              = "SVC_AIRFLOW"
  default_role      = "TRANSFORMER"
  default_warehouse = "TRANSFORM_WH"
  rsa_public_key    = trimspace(data.sops_file.secrets.data["snowflake_svc_airflow_pub"])
  comment           = "Key-pair auth only; key rotated by the platform team"
}
