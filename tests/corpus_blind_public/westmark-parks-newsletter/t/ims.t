use strict;
use warnings;
use Test::More;
use lib 'lib';
use WSP::AdobeIMS;

my $ims = WSP::AdobeIMS->new(
    host            => 'ims-na1.adobelogin.com',
    org_id          => 'ORG@AdobeOrg',
    tech_account_id => 'TECH@techacct.adobe.com',
    client_id       => 'testclient',
    metascope       => 'ent_campaign_sdk',
);
my $c = $ims->claims;
is($c->{aud}, 'https://ims-na1.adobelogin.com/c/testclient', 'aud claim');
ok($c->{'https://ims-na1.adobelogin.com/s/ent_campaign_sdk'}, 'metascope claim');
cmp_ok($c->{exp}, '>', time, 'exp in the future');

done_testing;
