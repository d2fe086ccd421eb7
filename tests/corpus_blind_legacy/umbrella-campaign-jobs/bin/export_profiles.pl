#!/usr/bin/perl
# Nightly export of Campaign profiles that changed in the last 24h into the CRM database.
use strict;
use warnings;
use LWP::UserAgent;
use JSON::PP qw(decode_json);
use DBI;
use Umbrella::Config qw(cfg);
use Umbrella::Adobe::IMS;

my $tenant = cfg('adobe.tenant');
my $url    = "https://mc.adobe.io/$tenant/campaign/profileAndServices/profile?_lineCount=500";
my $ua     = LWP::UserAgent->new(timeout => 60);
my $dbh    = DBI->connect(cfg('db.dsn'), cfg('db.user'), $ENV{CRM_DB_PASSWORD}, { RaiseError => 1, AutoCommit => 0 });
my $ins    = $dbh->prepare('INSERT INTO campaign_profiles (pkey, email, modified) VALUES (?, ?, ?) ON CONFLICT (pkey) DO UPDATE SET email = EXCLUDED.email, modified = EXCLUDED.modified');

while ($url) {
    my $res = $ua->get($url,
        'Authorization'   => 'Bearer ' . Umbrella::Adobe::IMS::access_token(),
        'x-api-key'       => cfg('adobe.client_id'),
        'Cache-Control'   => 'no-cache',
    );
    die $res->status_line unless $res->is_success;
    my $page = decode_json($res->decoded_content);
    $ins->execute($_->{PKey}, $_->{email}, $_->{lastModified}) for @{ $page->{content} };
    $url = $page->{next} ? $page->{next}{href} : undef;
}
$dbh->commit;
