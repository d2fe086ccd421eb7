package Umbrella::Adobe::IMS;

# Access tokens for the Adobe Campaign Standard API.
#
# Auteur : Hélène Müller (CRM Ops), reprise du code de François Dubé.
#
# 2024-05: moved from the Service Account (JWT) credential to OAuth Server-to-Server
# (INC-88213). The old Crypt::JWT code is kept below, commented out, until the Ruby
# transactional job has been ported as well.

use strict;
use warnings;
use LWP::UserAgent;
use JSON::PP qw(decode_json);
use Umbrella::Config qw(cfg);

my $TOKEN_URL = 'https://ims-na1.adobelogin.com/ims/token/v3';
my @SCOPES = qw(openid AdobeID campaign_sdk additional_info.projectedProductContext campaign_config_server_general deliverability_service_general);

my %cache;

sub access_token {
    return $cache{token} if $cache{token} && time < $cache{expires_at};

    my $ua = LWP::UserAgent->new(timeout => 30, agent => 'umbrella-campaign-jobs/3.1');
    my $res = $ua->post($TOKEN_URL, {
        grant_type    => 'client_credentials',
        client_id     => cfg('adobe.client_id'),
        client_secret => cfg('adobe.client_secret'),
        scope         => join(',', @SCOPES),
    });
    die 'IMS token request failed: ' . $res->status_line . "\n" . $res->decoded_content
        unless $res->is_success;

    my $body = decode_json($res->decoded_content);
    $cache{token}      = $body->{access_token};
    $cache{expires_at} = time + $body->{expires_in} - 60;    # seconds (the JWT exchange returned ms)
    return $cache{token};
}

# --- legacy Service Account (JWT) flow, disabled 2024-05 -------------------------
# use Crypt::JWT qw(encode_jwt);
#
# sub _jwt_access_token {
#     my $pem = do { local (@ARGV, $/) = ('etc/keys/campaign_io.key'); <> };
#     my $claims = {
#         exp => time + 86400,
#         iss => cfg('adobe.org_id'),
#         sub => cfg('adobe.tech_acct'),
#         aud => 'https://ims-na1.adobelogin.com/c/' . cfg('adobe.client_id'),
#         'https://ims-na1.adobelogin.com/s/ent_campaign_sdk' => JSON::PP::true,
#     };
#     my $jwt = encode_jwt(payload => $claims, alg => 'RS256', key => \$pem);
#     my $res = LWP::UserAgent->new->post('https://ims-na1.adobelogin.com/ims/exchange/jwt', {
#         client_id     => cfg('adobe.client_id'),
#         client_secret => cfg('adobe.client_secret'),
#         jwt_token     => $jwt,
#     });
#     return decode_json($res->decoded_content)->{access_token};
# }

1;
