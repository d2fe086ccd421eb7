#!/usr/bin/perl
# Nightly: push new Trail Notes subscribers / unsubscribes to Adobe Campaign Standard.
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";

use Config::Tiny;
use DBI;
use Getopt::Long;
use JSON::MaybeXS qw(encode_json decode_json);
use LWP::UserAgent;
use WSP::AdobeIMS;

GetOptions('conf=s' => \(my $conf_file = "$FindBin::Bin/../conf/acs.conf"), 'dry-run' => \my $dry_run)
    or die "usage: $0 [--conf file] [--dry-run]\n";

my $cfg = Config::Tiny->read($conf_file, 'latin1') or die Config::Tiny->errstr;
my $ims = WSP::AdobeIMS->new(%{ $cfg->{ims} });
my $ua  = LWP::UserAgent->new(timeout => 60);

my $pw = do { local (@ARGV, $/) = $cfg->{db}{password_file}; <> };
chomp $pw;
my $dbh = DBI->connect($cfg->{db}{dsn}, $cfg->{db}{user}, $pw, { RaiseError => 1, AutoCommit => 1 });

my $rows = $dbh->selectall_arrayref(q{
    select id, email, first_name, last_name, zip, subscribed
      from newsletter_changes
     where exported_at is null
     order by id
     limit 2000
}, { Slice => {} });

my %h = (
    'Authorization' => 'Bearer ' . $ims->access_token,
    'X-Api-Key'     => $cfg->{ims}{client_id},
    'Content-Type'  => 'application/json',
);

for my $r (@$rows) {
    if ($dry_run) { print "would export $r->{email}\n"; next; }
    my $res = $ua->post("$cfg->{campaign}{base}/profileAndServices/profile", %h,
        Content => encode_json({ email => $r->{email}, firstName => $r->{first_name}, lastName => $r->{last_name}, postalAddress => { zipCode => $r->{zip} } }));
    unless ($res->is_success) { warn "profile $r->{email}: " . $res->status_line . "\n"; next; }
    my $pkey = decode_json($res->decoded_content)->{PKey};
    if ($r->{subscribed}) {
        $ua->post("$cfg->{campaign}{base}/profileAndServices/service/$cfg->{campaign}{service}/subscriptions/", %h,
            Content => encode_json({ subscriber => { PKey => $pkey } }));
    }
    $dbh->do('update newsletter_changes set exported_at = now() where id = ?', undef, $r->{id});
}
printf "%d changes exported\n", scalar @$rows;
