# Origin certificate for the storefront ALB (issued by the CDN, imported into ACM)
resource "aws_acm_certificate" "origin_storefront" {
  private_key      = file("${path.module}/tls/origin-storefront.key")
  certificate_body = file("${path.module}/tls/origin-storefront.crt")

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_lb_listener" "storefront_https" {
  load_balancer_arn = aws_lb.storefront.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = aws_acm_certificate.origin_storefront.arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.storefront.arn
  }
}
